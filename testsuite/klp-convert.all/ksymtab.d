# "__ksymtab_printk" in the map marks printk exported: it stays an
# ordinary undefined symbol.
#source: exports.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp -m $srcdir/$subdir/Module.symvers
#readelf: -rsW
#absent: \.klp\.sym\.[^ ]*printk
#...
Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains [0-9]+ entries:
#...
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PLT32DBL|PPC64_REL24|AARCH64_CALL26) +0+ printk [-+] [0-9a-f]+
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
#...
 *[0-9]+: 0+ +0 +NOTYPE +GLOBAL +DEFAULT +UND printk
#pass
