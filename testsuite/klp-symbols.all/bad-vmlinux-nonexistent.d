# A vmlinux that does not exist.
#symbols: --vmlinux $tmpdir/vmlinux -o $output
#error: ^klp-symbols: .*/vmlinux: error: cannot open: No such file or directory$
#stderr-lines: 1
#status: 1
