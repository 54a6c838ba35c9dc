# A malformed Module.symvers.
#setup: write Module.symvers "0x12345678\tfoo\n"
#symbols: --modules-dir $kernel --symvers $tmpdir/Module.symvers -o $output
#error: ^klp-symbols: .*/Module.symvers:1: error: truncated line: .*$
#stderr-lines: 1
#status: 1
