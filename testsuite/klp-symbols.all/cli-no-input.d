# Usage error: -o $output.
#symbols: -o $output
#status: 2
#error: ^klp-symbols: no input: give '--build-tree', or '--vmlinux', '--system-map', '--kallsyms', '--modules-dir' or '--modules-order'$
#error: ^Try 'klp-symbols --help' for more information.$
#stderr-lines: 2
