# Position 0 on a name vmlinux has twice: the kernel's
# klp_find_object_symbol() finds it ambiguous (and prints a NULL object
# name for vmlinux).  Converted without a map, which accepts any klp name.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.state_show,0"
#arch: x86_64 s390x
#preconvert:
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#stderr-lines: 3
#error: ^klp-check: [^ ]*resolve-ambiguous-kallsyms\.ko: error: klp symbol '\.klp\.sym\.vmlinux\.state_show,0': position 0 means that 'state_show' is unique in 'vmlinux', but '[^']*target\.kallsyms' has 2: the kernel refuses the module \("livepatch: unresolvable ambiguity for symbol 'state_show' in object '\(null\)'"\); candidates:$
#error: ^  vmlinux 1: [^ ]+ \(t\)$
#error: ^  vmlinux 2: [^ ]+ \(t\)$
