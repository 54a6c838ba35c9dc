# Usage error: --modules-dir $kernel --format=nm.
#symbols: --modules-dir $kernel --format=nm
#status: 2
#error: ^klp-symbols: invalid argument 'nm' for '--format'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
