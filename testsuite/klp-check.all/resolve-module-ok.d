# Position 1 of a name that is unique in its object is accepted, as the
# kernel accepts it.
#source: klpsym.c -DSYMNAME=".klp.sym.mymod.mymod_helper,1"
#arch: x86_64
#preconvert:
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
