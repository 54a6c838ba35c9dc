# Position 3 of a name that vmlinux has twice.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.state_show,3"
#arch: x86_64
#preconvert:
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#error: ^klp-check: [^ ]*resolve-beyond-kallsyms\.ko: error: klp symbol '\.klp\.sym\.vmlinux\.state_show,3': position 3, but '[^']*target\.kallsyms' has 2 'state_show' in 'vmlinux': the kernel refuses the module \("livepatch: symbol position 3 for symbol 'state_show' in object 'vmlinux' not found"\); candidates:$
