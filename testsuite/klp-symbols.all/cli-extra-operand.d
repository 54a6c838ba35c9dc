# Usage error: --modules-dir $kernel extra.
#symbols: --modules-dir $kernel extra
#status: 2
#error: ^klp-symbols: extra operand 'extra'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
