# A module-specific klp relocation in .altinstr_replacement, which the kernel
# uses when the livepatch module loads, before klp relocations to another
# module can be applied.
#source: special.c -DSECTION=.altinstr_replacement -DSYMBOL=mymod_helper
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*special-altinstr-replacement-module\.ko: error: .*\.altinstr_replacement
