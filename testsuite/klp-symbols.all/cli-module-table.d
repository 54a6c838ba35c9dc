# Usage error: --modules-dir $kernel --module-table=all.
#symbols: --modules-dir $kernel --module-table=all
#status: 2
#error: ^klp-symbols: invalid argument 'all' for '--module-table'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
