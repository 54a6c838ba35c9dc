# A dump beside System.map: vmlinux comes from System.map (the same
# names, checked), the modules from the dump.
#symbols: --kallsyms $srcdir/kallsyms-dump --system-map $kernel/System.map -o $output
#expect: kallsyms.map
