# A malformed System.map: empty line.
#setup: write System.map "0000000000100000 T _text\n0000000000100000 T start_kernel\n\n0000000000100010 T next\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:3: error: empty line$
#stderr-lines: 1
#status: 1
