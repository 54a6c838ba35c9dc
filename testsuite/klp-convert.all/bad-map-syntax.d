# A map with a symbol before any "*object" line: FILE:LINE.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map-syntax.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-map-syntax\.klp:2: error: .+$
