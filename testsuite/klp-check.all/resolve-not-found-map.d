# A name vmlinux does not have (mymod has it: said, as a hint).
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.mymod_helper,0"
#arch: x86_64
#preconvert:
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 2
#error: ^klp-check: [^ ]*resolve-not-found-map\.ko: error: klp symbol '\.klp\.sym\.vmlinux\.mymod_helper,0': object 'vmlinux' has no symbol 'mymod_helper' in '[^']*symbols\.map': the kernel refuses the module \("livepatch: symbol 'mymod_helper' not found in symbol table"\); symbols of that name in other objects:$
#error: ^  mymod 1: [^ ]+ \(t\)$
