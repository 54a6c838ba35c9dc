# The same fixture made right (.klp.rela.vmlinux..text): a module that is
# already converted is accepted and its klp section kept.
#source: modsec.c
#arch: x86_64 s390x
#edit: rename-section .rela.text .klp.rela.vmlinux..text
#edit: shdr .klp.rela.vmlinux..text sh_flags 0x100042
#edit: sym .klp.sym.vmlinux.cpu_show,0 st_shndx 0xff20
#convert: --symbols $srcdir/$subdir/symbols.klp
#check: idempotent
#readelf: -SrW
#links: .klp.rela.vmlinux..text .symtab .text
#sh-flags: .klp.rela.vmlinux..text 0x100042
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.text +RELA +0+ [0-9a-f]+ 0+18 18 +AIo +[0-9]+ +[0-9]+ +[0-9]+
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PLT32DBL) +0+ \.klp\.sym\.vmlinux\.cpu_show,0 [-+] [0-9a-f]+
#pass
