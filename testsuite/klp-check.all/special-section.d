# A klp relocation for a module in __jump_table: the kernel registers
# the static keys of the livepatch module when it loads, before it
# applies klp relocations for mymod.
#source: special.c -DSECTION=__jump_table -DSYMBOL=".klp.sym.mymod.mymod_helper,0"
#arch: x86_64 s390x
#edit: rename-section .rela__jump_table .klp.rela.mymod.__jump_table
#edit: shdr .klp.rela.mymod.__jump_table sh_flags 0x100042
#edit: sym .klp.sym.mymod.mymod_helper,0 st_shndx 0xff20
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*special-section\.ko: error: klp relocation section '\.klp\.rela\.mymod\.__jump_table' patches '__jump_table', which a klp relocation for object 'mymod' cannot: the kernel registers the static branches of the livepatch module when it loads
