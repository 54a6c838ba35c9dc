# A symbol that only the module "mymod" defines becomes
# ".klp.sym.mymod.NAME,0" and its relocation goes to .klp.rela.mymod..text
# (on s390x made direct: R_390_PC32DBL, see s390-module-direct.d).
#source: module.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SsrW
#links: .klp.rela.mymod..text .symtab .text
#sh-flags: .klp.rela.mymod..text 0x100042
#absent: \.klp\.rela\.vmlinux
#...
 *\[ *[0-9]+\] \.klp\.rela\.mymod\.\.text +RELA +0+ [0-9a-f]+ 0+18 18 +AIo +[0-9]+ +[0-9]+ +[0-9]+
#...
Relocation section '\.klp\.rela\.mymod\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PC32DBL|PPC64_REL24|AARCH64_CALL26) +0+ \.klp\.sym\.mymod\.mymod_helper,0 [-+] [0-9a-f]+
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.mymod\.mymod_helper,0
#pass
