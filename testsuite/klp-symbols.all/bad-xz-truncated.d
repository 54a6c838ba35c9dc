# A xz-compressed module cut in half.
#requires: xz
#setup: compress xz $kernel/drivers/fake-mod.ko mods/fake-mod.ko.xz
#setup: truncate mods/fake-mod.ko.xz 50%
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.xz: error: cannot decompress: (truncated|corrupt) xz data.*$
#stderr-lines: 1
#status: 1
