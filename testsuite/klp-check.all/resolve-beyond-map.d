# Position 3 of a name that vmlinux has twice.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.state_show,3"
#arch: x86_64
#preconvert:
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-check: [^ ]*resolve-beyond-map\.ko: error: klp symbol '\.klp\.sym\.vmlinux\.state_show,3': position 3, but '[^']*symbols\.map' has 2 'state_show' in 'vmlinux': the kernel refuses the module \("livepatch: symbol position 3 for symbol 'state_show' in object 'vmlinux' not found"\); candidates:$
