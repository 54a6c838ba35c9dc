# Usage error: --modules-dir $kernel -j many.
#symbols: --modules-dir $kernel -j many
#status: 2
#error: ^klp-symbols: invalid number of jobs 'many' \(expected 1 to 256\)$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
