# A module-specific klp relocation in __jump_table: the kernel processes
# that section when the livepatch module loads, before a klp relocation
# for another module can be applied, so it is refused.
#source: special.c -DSECTION=__jump_table -DSYMBOL=mymod_helper
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*special-jump-table-module\.ko: error: .*__jump_table
