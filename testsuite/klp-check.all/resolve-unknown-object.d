# A klp symbol of a module the dump does not have (not loaded when it
# was made): a warning, not a problem.
#source: klpsym.c -DSYMNAME=".klp.sym.othermod.other_fn,0"
#arch: x86_64
#preconvert:
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#stderr-lines: 1
#warning: ^klp-check: [^ ]*resolve-unknown-object\.ko: warning: cannot resolve the klp symbols of object 'othermod' \(the first is '\.klp\.sym\.othermod\.other_fn,0'\): '[^']*target\.kallsyms' has no symbols of 'othermod' \(it was not loaded when the list was made; the kernel resolves them when that module loads\)$
