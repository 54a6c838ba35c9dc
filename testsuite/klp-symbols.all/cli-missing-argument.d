# Usage error: --vmlinux.
#symbols: --vmlinux
#status: 2
#error: ^klp-symbols: option '--vmlinux' requires an argument$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
