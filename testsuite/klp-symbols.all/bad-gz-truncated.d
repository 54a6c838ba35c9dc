# A gzip-compressed module cut in half.
#requires: gzip
#setup: compress gzip $kernel/drivers/fake-mod.ko mods/fake-mod.ko.gz
#setup: truncate mods/fake-mod.ko.gz 50%
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.gz: error: cannot decompress: (truncated|corrupt) gzip data.*$
#stderr-lines: 1
#status: 1
