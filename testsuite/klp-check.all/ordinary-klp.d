# An ordinary relocation section (here the klp relocation section for
# mymod, renamed and without SHF_RELA_LIVEPATCH) that uses klp symbols:
# the loader applies it with their value still 0.
#source: lp.c
#arch: x86_64 s390x
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: rename-section .klp.rela.mymod..text .rela.text.mymod
#edit: shdr .rela.text.mymod sh_flags 0x42
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*ordinary-klp\.ko: error: ordinary relocation section '\.rela\.text\.mymod' has 2 relocations against klp symbols \(the first at '\.text'\+0x[0-9a-f]+ against '\.klp\.sym\.mymod\.[a-z_]+,[02]'\): the module loader applies them when the module loads, with the symbols' value still 0
