# A modules directory that is a file.
#setup: write mods "a file\n"
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods: error: not a directory$
#stderr-lines: 1
#status: 1
