# A map with an empty object name ("*" alone): FILE:LINE.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map-objname.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-map-objname\.klp:3: error: .+$
