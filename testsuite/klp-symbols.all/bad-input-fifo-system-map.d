# A System.map that is a FIFO with no writer: refused at once, without
# blocking in open(2) (klp_open_input: O_NONBLOCK, then fstat).
#setup: mkfifo System.map
#symbols: --system-map $tmpdir/System.map -o $output
#timeout: 60
#error: ^klp-symbols: .*/System.map: error: is not a regular file \(a FIFO\)$
#stderr-lines: 1
#status: 1
