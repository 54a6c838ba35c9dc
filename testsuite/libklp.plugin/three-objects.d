# Only the annotated objects are renamed: plain2.o keeps its reference to
# 'state_show' (it will be resolved by name), a.o and b.o get their klp
# symbols; the objects after the first annotated one are passed through
# unchanged, so the relocations stay in link order.
#source: plain1.c
#source: a.c
#source: plain2.c
#source: b.c
#ld: -r -plugin $KLP_PLUGIN
#readelf: -rsW
#...
#bfd Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains 3 entries:
#bfd  +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
#bfd [0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,1 - 4
#bfd [0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ state_show - 4
#bfd [0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,2 - 4
Relocation section '\.rela\.data' at offset 0x[0-9a-f]+ contains 4 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.text \+ 0
0+8 +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 0
0+10 +[0-9a-f]+ R_X86_64_64 +0+ \.text \+ [0-9a-f]+
0+18 +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 0
#gold Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains 3 entries:
#gold  +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
#gold [0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,1 - 4
#gold [0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ state_show - 4
#gold [0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,2 - 4
#...
Symbol table '\.symtab' contains [0-9]+ entries:
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +UND (\.klp\.sym\.vmlinux\.)?state_show(,[12])?
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +UND (\.klp\.sym\.vmlinux\.)?state_show(,[12])?
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +UND (\.klp\.sym\.vmlinux\.)?state_show(,[12])?
#...
