# The same module file name as modname-a.b.d, with the modinfo name=ab
# that modpost writes: the loader knows the module as "ab".
#source: uses.c -DUSE1=cpu_show -DMODINFO_NAME="ab"
#arch: x86_64
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*/modname-a\.b-name\.ko: error: symbol 'cpu_show' is undefined and not exported \('vmlinux' defines it but does not export it, according to '[^']*target\.kallsyms'\): the module loader refuses the module \("ab: Unknown symbol cpu_show \(err -2\)"\); klp-convert turns such references into klp relocations$
