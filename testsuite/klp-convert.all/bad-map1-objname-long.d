# klp-symbols(5): an object name of 56 characters.
# Exit status 1, one error line "FILE:LINE: error:", no output.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map1-objname-long.map
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/bad-map1-objname-long\.map:2: error: object name 'o{56}' is longer than 55 characters$
