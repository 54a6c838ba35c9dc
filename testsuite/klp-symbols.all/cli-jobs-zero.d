# Usage error: --modules-dir $kernel -j 0.
#symbols: --modules-dir $kernel -j 0
#status: 2
#error: ^klp-symbols: invalid number of jobs '0' \(expected 1 to 256\)$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
