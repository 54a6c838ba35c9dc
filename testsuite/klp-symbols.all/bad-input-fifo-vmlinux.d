# A vmlinux that is a FIFO with no writer: the ELF inputs are opened the
# same way.
#setup: mkfifo vmlinux
#symbols: --vmlinux $tmpdir/vmlinux -o $output
#timeout: 60
#error: ^klp-symbols: .*/vmlinux: error: is not a regular file \(a FIFO\)$
#stderr-lines: 1
#status: 1
