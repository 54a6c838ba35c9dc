# A relocation section whose size is not a multiple of its entries'.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: shdr .rela.text sh_size 25
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-rela-entsize\.ko: error: .*\.rela\.text
