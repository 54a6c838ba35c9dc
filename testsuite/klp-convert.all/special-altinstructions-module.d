# A module-specific klp relocation in .altinstructions: the kernel processes
# that section when the livepatch module loads, before a klp relocation
# for another module can be applied, so it is refused.
#source: special.c -DSECTION=.altinstructions -DSYMBOL=mymod_helper
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*special-altinstructions-module\.ko: error: .*\.altinstructions
