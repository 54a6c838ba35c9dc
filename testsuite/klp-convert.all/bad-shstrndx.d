# e_shstrndx out of range.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: ehdr e_shstrndx 999
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-shstrndx\.ko: error: .*(shstrndx|section name|string table|999)
