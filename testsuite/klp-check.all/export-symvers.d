# With Module.symvers, the same name is judged: exported.
#source: uses.c -DUSE1=exported_elsewhere
#arch: x86_64
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms --symvers $srcdir/$subdir/Module.symvers
