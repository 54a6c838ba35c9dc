# A relocation naming symbol 9999 of a table of a few.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: rela .rela.text 0 r_sym 9999
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-rela-sym\.ko: error: .*(9999|symbol)
