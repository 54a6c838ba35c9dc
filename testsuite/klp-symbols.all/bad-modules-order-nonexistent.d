# A modules.order file that does not exist.
#symbols: --modules-order $tmpdir/modules.order -o $output
#error: ^klp-symbols: .*/modules.order: error: cannot open: No such file or directory$
#stderr-lines: 1
#status: 1
