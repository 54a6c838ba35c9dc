# The module file modname-dash.ko, without modinfo name=: the loader
# knows it as "modname_dash" (kbuild turns '-' into '_').
#source: uses.c -DUSE1=cpu_show
#arch: x86_64
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*/modname-dash\.ko: error: symbol 'cpu_show' is undefined and not exported \('vmlinux' defines it but does not export it, according to '[^']*target\.kallsyms'\): the module loader refuses the module \("modname_dash: Unknown symbol cpu_show \(err -2\)"\); klp-convert turns such references into klp relocations$
