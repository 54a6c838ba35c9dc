# A map that does not exist.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/no-such-map.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*no-such-map\.klp: error: .*(No such file|does not exist)
