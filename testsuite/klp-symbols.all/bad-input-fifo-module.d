# A module of modules.order that is a FIFO with no writer, compressed by
# its name: refused before anything is decompressed.
#setup: write modules.order "x.ko\n"
#setup: mkfifo x.ko.xz
#symbols: --modules-order $tmpdir/modules.order -o $output
#timeout: 60
#error: ^klp-symbols: .*/x.ko.xz: error: is not a regular file \(a FIFO\)$
#stderr-lines: 1
#status: 1
