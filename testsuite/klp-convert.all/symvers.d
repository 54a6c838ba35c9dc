# exported_fn is exported according to Module.symvers (-m): it stays an
# ordinary undefined symbol with its relocation in .rela.text, for the
# module loader to resolve.
#source: exports.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp -m $srcdir/$subdir/Module.symvers
#readelf: -rsW
#absent: \.klp\.sym\.[^ ]*exported_fn
#absent: \.klp\.sym\.[^ ]*printk
#...
Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains [0-9]+ entries:
#...
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PLT32DBL|PPC64_REL24|AARCH64_CALL26) +0+ exported_fn [-+] [0-9a-f]+
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ \.klp\.sym\.vmlinux\.cpu_show,0 [-+] [0-9a-f]+
#...
 *[0-9]+: 0+ +0 +NOTYPE +GLOBAL +DEFAULT +UND exported_fn
#pass
