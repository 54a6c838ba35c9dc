# A map in a directory that does not exist.
#symbols: --modules-dir $kernel -o $tmpdir/none/out.map
#output: $tmpdir/none/out.map
#error: ^klp-symbols: .*/none/out.map: error: cannot create a temporary file in '.*/none': No such file or directory$
#stderr-lines: 1
#status: 1
