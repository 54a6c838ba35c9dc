# A malformed System.map: module empty.
#setup: write System.map "0000000000100000 T _text\n0000000000100000 T start_kernel\t\[\]\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:2: error: malformed module name: expected '<TAB>\[MODULE\]' at the end of the line$
#stderr-lines: 1
#status: 1
