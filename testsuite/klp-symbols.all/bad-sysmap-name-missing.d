# A malformed System.map: name missing.
#setup: write System.map "0000000000100000 T _text\n0000000000100000 T\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:2: error: malformed line: expected .* \(TYPE is one letter\)$
#stderr-lines: 1
#status: 1
