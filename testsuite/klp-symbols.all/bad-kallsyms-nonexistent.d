# A kallsyms file that does not exist.
#symbols: --kallsyms $tmpdir/kallsyms -o $output
#error: ^klp-symbols: .*/kallsyms: error: cannot open: No such file or directory$
#stderr-lines: 1
#status: 1
