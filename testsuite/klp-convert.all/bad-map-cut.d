# A map truncated inside its first line.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map-cut.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-map-cut\.klp:1: error: .+$
