# A klp relocation section must be SHT_RELA; here SHT_PROGBITS.
#source: lp.c
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: shdr .klp.rela.vmlinux..text sh_type 1
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-check: [^ ]*klp-type\.ko: error: klp relocation section '\.klp\.rela\.vmlinux\.\.text' is not SHT_RELA$
