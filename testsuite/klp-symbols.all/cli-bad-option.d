# Usage error: --frobnicate.
#symbols: --frobnicate
#status: 2
#error: ^klp-symbols: unrecognized option '--frobnicate'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
