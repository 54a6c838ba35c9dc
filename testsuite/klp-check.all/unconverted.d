# The module before klp-convert: its annotations are still there, and the
# module loader would refuse every non-exported undefined symbol, with
# the kernel's message.  printk is exported, and not reported.
#source: lp.c
#arch: x86_64 s390x
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 5
#error: ^klp-check: [^ ]*unconverted\.ko: error: annotation section '\.klp\.module_relocs\.(vmlinux|mymod)' is still in the module: its KLP_SYMPOS/KLP_SYMFILE annotations were never applied, so the module was never converted \(was it linked by a linker that ignores the libklp ld plugin, such as ld\.lld or mold, or without the plugin\? convert it with klp-convert\)$
#error: ^klp-check: [^ ]*unconverted\.ko: error: symbol 'cpu_show' is undefined and not exported \('vmlinux' defines it but does not export it, according to '[^']*symbols\.map'\): the module loader refuses the module \("unconverted: Unknown symbol cpu_show \(err -2\)"\)
#error: ^klp-check: [^ ]*unconverted\.ko: error: symbol 'state_show' is annotated \(KLP_SYMPOS\(state_show, 2\) in '\.klp\.module_relocs\.vmlinux'\) but is still an ordinary undefined symbol: the annotations were never applied, and the module loader refuses the module \("unconverted: Unknown symbol state_show \(err -2\)"\)$
#error: ^klp-check: [^ ]*unconverted\.ko: error: symbol 'mymod_helper' is undefined and not exported \('mymod' defines it
#error: ^klp-check: [^ ]*unconverted\.ko: error: symbol 'dup_sym' is annotated \(KLP_SYMPOS\(dup_sym, 2\) in '\.klp\.module_relocs\.mymod'\)
