# .rela.text's sh_info (the section it relocates) out of range.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: shdr .rela.text sh_info 99
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-rela-info\.ko: error: .*(sh_info|99)
