# A malformed System.map: address long.
#setup: write System.map "0000000000100000 T _text\n00000000000000000 T start_kernel\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:2: error: address '00000000000000000' has more than 64 bits$
#stderr-lines: 1
#status: 1
