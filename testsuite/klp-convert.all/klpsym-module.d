# Same for a module symbol: .klp.rela.mymod..text.
#source: module.c
#arch: x86_64 s390x
#objcopy: --redefine-sym mymod_helper=.klp.sym.mymod.mymod_helper,1
#convert:
#readelf: -rsW
#links: .klp.rela.mymod..text .symtab .text
#...
Relocation section '\.klp\.rela\.mymod\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ \.klp\.sym\.mymod\.mymod_helper,1 [-+] [0-9a-f]+
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.mymod\.mymod_helper,1
#pass
