# A .ko.xz file with a damaged byte: its check fails.
#requires: xz
#setup: compress xz $kernel/drivers/fake-mod.ko mods/fake-mod.ko.xz
#setup: bytes mods/fake-mod.ko.xz 100 ffffffff
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.xz: error: cannot decompress: corrupt xz data$
#stderr-lines: 1
#status: 1
