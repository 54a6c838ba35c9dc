# The module file modname-a.b.ko has no modinfo name=: the module loader
# knows it as "modname_a.b" (KBUILD_MODNAME: '-' becomes '_', the '.'
# stays), and its "Unknown symbol" message says so.
#source: uses.c -DUSE1=cpu_show
#arch: x86_64
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*/modname-a\.b\.ko: error: symbol 'cpu_show' is undefined and not exported \('vmlinux' defines it but does not export it, according to '[^']*target\.kallsyms'\): the module loader refuses the module \("modname_a\.b: Unknown symbol cpu_show \(err -2\)"\); klp-convert turns such references into klp relocations$
