# A klp relocation section without SHF_ALLOC: the loader would discard
# it.
#source: lp.c
#arch: x86_64 s390x
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: shdr .klp.rela.mymod..text sh_flags 0x100040
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*klp-noalloc\.ko: error: klp relocation section '\.klp\.rela\.mymod\.\.text' lacks the flag SHF_ALLOC: the module loader would discard it$
