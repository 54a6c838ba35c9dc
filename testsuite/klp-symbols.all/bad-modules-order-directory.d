# A modules.order entry that is a directory.
#setup: write modules.order "x.ko\n"
#setup: mkdir x.ko
#symbols: --modules-order $tmpdir/modules.order -o $output
#error: ^klp-symbols: .*/x.ko: error: is a directory$
#stderr-lines: 1
#status: 1
