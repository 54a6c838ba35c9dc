# s390x: a klp relocation against a module's symbol through its PLT
# entry (R_390_PLT32DBL, 20), as a converter that does not know the
# s390x loader leaves it: the loader fills the entry once, so the
# livepatch would call the module's first load after the module is
# loaded again.
#source: klpsym.c -DSYMNAME=".klp.sym.mymod.mymod_helper,0" -fPIC
#arch: s390x
#preconvert:
#edit: rela .klp.rela.mymod..text 0 r_type 20
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*s390-module-got\.ko: error: klp relocation at '\.text'\+0x[0-9a-f]+ against '\.klp\.sym\.mymod\.mymod_helper,0' has type R_390_PLT32DBL: the s390x module loader fills the GOT or PLT entry of a symbol only once, so when 'mymod' is loaded again, the livepatch keeps using the address of its first load
