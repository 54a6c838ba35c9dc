# klp-symbols(5): a symbol line before any object line.
# Exit status 1, one error line "FILE:LINE: error:", no output.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map1-before-object.map
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-map1-before-object\.map:2: error: .+$
