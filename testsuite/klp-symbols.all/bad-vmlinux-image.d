# A compressed kernel image given as vmlinux.
#setup: write vmlinuz "MZ\000\000not an ELF file"
#symbols: --vmlinux $tmpdir/vmlinuz -o $output
#error: ^klp-symbols: .*/vmlinuz: error: not an ELF file \(a compressed kernel image such as vmlinuz is not vmlinux: give vmlinux, --system-map or --kallsyms\)$
#stderr-lines: 1
#status: 1
