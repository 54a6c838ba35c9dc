# A .ko.zst file that is not zstd data.
#setup: write mods/fake-mod.ko.zst "not zstd data\n"
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.zst: error: cannot decompress: corrupt zstd data \(.*\)$
#stderr-lines: 1
#status: 1
