# A name vmlinux does not have (mymod has it, once: listed as a hint, with
# position 0, as an annotation would give it).
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.mymod_helper,0"
#arch: x86_64
#preconvert:
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#stderr-lines: 2
#error: ^klp-check: [^ ]*resolve-not-found-kallsyms\.ko: error: klp symbol '\.klp\.sym\.vmlinux\.mymod_helper,0': object 'vmlinux' has no symbol 'mymod_helper' in '[^']*target\.kallsyms': the kernel refuses the module \("livepatch: symbol 'mymod_helper' not found in symbol table"\); symbols of that name in other objects:$
#error: ^  mymod 0: \? \(t\)$
