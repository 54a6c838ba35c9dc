# A modules.order line with white space.
#setup: write modules.order "drivers/fake-mod.ko \n"
#symbols: --modules-order $tmpdir/modules.order -o $output
#error: ^klp-symbols: .*/modules.order:1: error: malformed line: expected the path of one module$
#stderr-lines: 1
#status: 1
