# A build tree without vmlinux.
#setup: mkdir tree
#symbols: --build-tree $tmpdir/tree -o $output
#error: ^klp-symbols: .*/tree/vmlinux: error: cannot open: No such file or directory$
#stderr-lines: 1
#status: 1
