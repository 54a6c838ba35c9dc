# Usage error: --modules-order $kernel/modules.order --modules-dir $kernel --modules-dir $extra.
#symbols: --modules-order $kernel/modules.order --modules-dir $kernel --modules-dir $extra
#status: 2
#error: ^klp-symbols: '--modules-order' takes at most one '--modules-dir'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
