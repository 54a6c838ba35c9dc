# .rela.text's sh_link (its symbol table) out of range.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: shdr .rela.text sh_link 99
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-rela-link\.ko: error: .*(sh_link|symbol table|99)
