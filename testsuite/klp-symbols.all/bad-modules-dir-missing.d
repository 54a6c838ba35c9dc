# A modules directory that does not exist.
#symbols: --modules-dir $tmpdir/none -o $output
#error: ^klp-symbols: .*/none: error: cannot read the directory: No such file or directory$
#stderr-lines: 1
#status: 1
