# An annotated symbol is converted even when it is exported: the author
# asked for a klp relocation (late module patching of mymod).
#source: annotation-exported.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp -m $srcdir/$subdir/Module.symvers
#readelf: -rsW
#links: .klp.rela.mymod..text .symtab .text
#absent: UND +mymod_export$
#...
Relocation section '\.klp\.rela\.mymod\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PC32DBL) +0+ \.klp\.sym\.mymod\.mymod_export,0 [-+] [0-9a-f]+
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.mymod\.mymod_export,0
#pass
