# No symbol table: .symtab made SHT_PROGBITS.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: shdr .symtab sh_type 1
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-no-symtab\.ko: error: .*(symbol table|symtab)
