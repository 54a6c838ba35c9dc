# A module-specific klp relocation in .init.text: the kernel frees init
# sections once the livepatch module has loaded, while klp relocations to
# another module are applied when that module loads, possibly later.
#source: special.c -DSECTION=.init.text -DSYMBOL=mymod_helper
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*special-init-module\.ko: error: .*\.init\.text
