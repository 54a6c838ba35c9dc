# A zstd-compressed module cut in half.
#requires: zstd
#setup: compress zstd $kernel/drivers/fake-mod.ko mods/fake-mod.ko.zst
#setup: truncate mods/fake-mod.ko.zst 50%
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.zst: error: cannot decompress: (truncated|corrupt) zstd data.*$
#stderr-lines: 1
#status: 1
