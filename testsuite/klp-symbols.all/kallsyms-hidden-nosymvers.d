# A dump read without permission, alone: every __ksymtab_ symbol of
# vmlinux counts as an EXPORT_SYMBOL.
#symbols: --kallsyms $srcdir/kallsyms-hidden -o $output
#expect: kallsyms-hidden-nosymvers.map
