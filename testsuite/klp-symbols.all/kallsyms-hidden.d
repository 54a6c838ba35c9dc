# A dump read without permission has zero addresses: the export tables'
# bounds are unknown, so every __ksymtab_ symbol of vmlinux counts as an
# EXPORT_SYMBOL, unless Module.symvers says otherwise (pm_notify is
# EXPORT_SYMBOL_GPL; only_symvers is exported according to it alone).
#symbols: --kallsyms $srcdir/kallsyms-hidden --symvers $kernel/Module.symvers -o $output
#expect: kallsyms-hidden.map
