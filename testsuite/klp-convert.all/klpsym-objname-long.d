# A klp symbol name from the plugin (or any other tool) with an object
# name of 56 characters ("o" times 56).
#source: klpsym.c -DSYMNAME=".klp.sym.oooooooooooooooooooooooooooooooooooooooooooooooooooooooo.state_show,1"
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*klpsym-objname-long\.ko: error: .*oooooooooooooooooooooooooooooooooooooooooooooooooooooooo
