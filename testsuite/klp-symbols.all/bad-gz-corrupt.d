# A .ko.gz file with a damaged byte.
#requires: gzip
#setup: compress gzip $kernel/drivers/fake-mod.ko mods/fake-mod.ko.gz
#setup: bytes mods/fake-mod.ko.gz 100 ffffffff
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.gz: error: cannot decompress: corrupt gzip data.*$
#stderr-lines: 1
#status: 1
