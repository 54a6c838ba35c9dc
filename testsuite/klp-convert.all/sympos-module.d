# KLP_SYMPOS in a KLP_MODULE_RELOC(mymod) array: ".klp.sym.mymod.NAME,1"
# in .klp.rela.mymod..text.
#source: sympos-module.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SsrW
#links: .klp.rela.mymod..text .symtab .text
#absent: module_relocs
#absent: my_klp_relocs
#...
 *\[ *[0-9]+\] \.klp\.rela\.mymod\.\.text +RELA +0+ [0-9a-f]+ 0+18 18 +AIo +[0-9]+ +[0-9]+ +[0-9]+
#...
Relocation section '\.klp\.rela\.mymod\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PC32DBL|PPC64_REL24|AARCH64_CALL26) +0+ \.klp\.sym\.mymod\.mymod_helper,1 [-+] [0-9a-f]+
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.mymod\.mymod_helper,1
#pass
