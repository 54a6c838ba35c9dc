# A malformed System.map: address.
#setup: write System.map "0000000000100000 T _text\nnot-hex T start_kernel\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:2: error: malformed line: expected 'ADDRESS TYPE NAME' or 'ADDRESS TYPE NAME<TAB>\[MODULE\]'$
#stderr-lines: 1
#status: 1
