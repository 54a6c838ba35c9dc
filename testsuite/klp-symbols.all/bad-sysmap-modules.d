# A kallsyms dump given as a System.map.
#symbols: --system-map $srcdir/kallsyms-dump -o $output
#error: ^klp-symbols: .*/kallsyms-dump: error: a System.map has no module symbols: this is a /proc/kallsyms dump \(use --kallsyms\)$
#stderr-lines: 1
#status: 1
