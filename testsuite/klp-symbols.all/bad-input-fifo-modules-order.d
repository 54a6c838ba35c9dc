# A modules.order that is a FIFO with no writer.
#setup: mkfifo modules.order
#symbols: --modules-order $tmpdir/modules.order -o $output
#timeout: 60
#error: ^klp-symbols: .*/modules.order: error: is not a regular file \(a FIFO\)$
#stderr-lines: 1
#status: 1
