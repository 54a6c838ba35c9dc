# A .ko.gz file that is not gzip data.
#setup: write mods/fake-mod.ko.gz "not gzip data\n"
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.gz: error: cannot decompress: corrupt gzip data \(incorrect header check\)$
#stderr-lines: 1
#status: 1
