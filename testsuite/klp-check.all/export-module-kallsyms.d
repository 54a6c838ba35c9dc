# A module's export (its __ksymtab_ symbol in the dump): resolved by the
# loader.
#source: uses.c -DUSE1=mymod_export
#arch: x86_64
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
