# A stripped vmlinux.
#setup: copy $kernel/vmlinux vmlinux
#setup: edit vmlinux shdr .symtab sh_type 1
#symbols: --vmlinux $tmpdir/vmlinux -o $output
#error: ^klp-symbols: .*/vmlinux: error: no symbol table: a stripped vmlinux \(use the one of the build tree or of linux-image-VERSION-dbg, or --system-map or --kallsyms\)$
#stderr-lines: 1
#status: 1
