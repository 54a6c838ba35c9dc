# A kallsyms copy that is a FIFO with no writer.
#setup: mkfifo kallsyms
#symbols: --kallsyms $tmpdir/kallsyms -o $output
#timeout: 60
#error: ^klp-symbols: .*/kallsyms: error: is not a regular file \(a FIFO\)$
#stderr-lines: 1
#status: 1
