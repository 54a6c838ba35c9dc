# A Module.symvers that is a FIFO with no writer.
#setup: mkfifo Module.symvers
#symbols: --system-map $kernel/System.map --symvers $tmpdir/Module.symvers -o $output
#timeout: 60
#error: ^klp-symbols: .*/Module.symvers: error: is not a regular file \(a FIFO\)$
#stderr-lines: 1
#status: 1
