# With Module.symvers, a name that neither it nor the dump knows is not
# exported.
#source: uses.c -DUSE1=nobody_has_this
#arch: x86_64
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms -m $srcdir/$subdir/Module.symvers
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*export-symvers-missing\.ko: error: symbol 'nobody_has_this' is undefined and not exported \(neither '[^']*target\.kallsyms' nor Module\.symvers knows it\)
