# A malformed System.map: trailing.
#setup: write System.map "0000000000100000 T _text\n0000000000100000 T start_kernel extra\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:2: error: malformed line: unexpected text after the symbol name \(expected .*\)$
#stderr-lines: 1
#status: 1
