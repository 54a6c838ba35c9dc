# A map named like a directory.
#setup: mkdir out.map
#symbols: --modules-dir $kernel -o $tmpdir/out.map
#output: $tmpdir/none
#error: ^klp-symbols: .*/out.map: error: cannot write: is a directory$
#stderr-lines: 1
#status: 1
