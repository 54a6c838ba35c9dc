# klp-symbols(5): a symbol name with a space.
# Exit status 1, one error line "FILE:LINE: error:", no output.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map1-name-space.map
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-map1-name-space\.map:3: error: .+$
