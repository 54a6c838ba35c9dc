# An ordinary undefined symbol that vmlinux defines without exporting it
# (no __ksymtab_cpu_show in the dump): the loader's "Unknown symbol".
#source: uses.c -DUSE1=cpu_show
#arch: x86_64 s390x
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*unknown-symbol-kallsyms\.ko: error: symbol 'cpu_show' is undefined and not exported \('vmlinux' defines it but does not export it, according to '[^']*target\.kallsyms'\): the module loader refuses the module \("unknown_symbol_kallsyms: Unknown symbol cpu_show \(err -2\)"\)
