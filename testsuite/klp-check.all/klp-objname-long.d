# An object name of 56 characters does not fit the kernel's "%55[^.]".
#source: lp.c
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: rename-section .klp.rela.mymod..text .klp.rela.m2345678901234567890123456789012345678901234567890123456..text
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-check: [^ ]*klp-objname-long\.ko: error: klp relocation section '\.klp\.rela\.m2345678901234567890123456789012345678901234567890123456\.\.text': the kernel cannot parse its name
