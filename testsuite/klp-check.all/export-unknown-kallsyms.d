# A name no object of the dump defines: a module that was not loaded may
# export it, so klp-check cannot judge it, and says so (a warning).
#source: uses.c -DUSE1=exported_elsewhere
#arch: x86_64
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#stderr-lines: 1
#warning: ^klp-check: [^ ]*export-unknown-kallsyms\.ko: warning: cannot tell whether undefined symbol 'exported_elsewhere' is exported: no object of '[^']*target\.kallsyms' defines it, and a module that was not loaded when the list was made may export it \(give Module\.symvers with --symvers to judge\); if it is not, the module loader refuses the module \("export_unknown_kallsyms: Unknown symbol exported_elsewhere \(err -2\)"\)$
