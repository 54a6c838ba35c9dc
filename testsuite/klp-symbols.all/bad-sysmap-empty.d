# A malformed System.map: an empty file.
#setup: write System.map ""
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:1: error: empty file: not a System.map or kallsyms file$
#stderr-lines: 1
#status: 1
