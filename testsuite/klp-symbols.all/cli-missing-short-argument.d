# Usage error: -o.
#symbols: -o
#status: 2
#error: ^klp-symbols: option requires an argument -- 'o'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
