# Usage error: --vmlinux $kernel/vmlinux --system-map $kernel/System.map.
#symbols: --vmlinux $kernel/vmlinux --system-map $kernel/System.map
#status: 2
#error: ^klp-symbols: give only one of '--vmlinux' and '--system-map'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
