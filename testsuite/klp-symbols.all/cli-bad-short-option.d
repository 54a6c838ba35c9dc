# Usage error: -x.
#symbols: -x
#status: 2
#error: ^klp-symbols: invalid option -- 'x'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
