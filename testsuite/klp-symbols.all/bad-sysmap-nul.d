# A malformed System.map: nul.
#setup: write System.map "0000000000100000 T _text\n0000000000100000 T start_kernel\n0000000000100010 T ne\000xt\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:3: error: NUL byte in line: not a text file$
#stderr-lines: 1
#status: 1
