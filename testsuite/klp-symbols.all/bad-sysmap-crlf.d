# A malformed System.map: crlf.
#setup: write System.map "0000000000100000 T _text\n0000000000100000 T start_kernel\r\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:2: error: line ends with a carriage return \(DOS line endings are not supported\)$
#stderr-lines: 1
#status: 1
