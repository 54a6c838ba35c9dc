# A malformed System.map: debian.
#setup: write System.map "0000000000100000 T _text\nffffffffffffffff B The real System.map is in the linux-image-<version>-dbg package\n"
#symbols: --system-map $tmpdir/System.map -o $output
#error: ^klp-symbols: .*/System.map:2: error: this is Debian's placeholder System.map: the real one is in the package linux-image-VERSION-dbg \(or give a /proc/kallsyms dump with --kallsyms\)$
#stderr-lines: 1
#status: 1
