# Positions in a module: mymod has two dup_sym, so position 3 does not
# exist there.
#source: klpsym.c -DSYMNAME=".klp.sym.mymod.dup_sym,3"
#arch: x86_64 s390x
#preconvert:
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#error: ^klp-check: [^ ]*resolve-module-kallsyms\.ko: error: klp symbol '\.klp\.sym\.mymod\.dup_sym,3': position 3, but '[^']*target\.kallsyms' has 2 'dup_sym' in 'mymod': the kernel refuses the module \("livepatch: symbol position 3 for symbol 'dup_sym' in object 'mymod' not found"\)
