# klp-symbols(5): a symbol name with a comma.
# Exit status 1, one error line "FILE:LINE: error:", no output.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map1-name-comma.map
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-map1-name-comma\.map:3: error: .*cpu,show
