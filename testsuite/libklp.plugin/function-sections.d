# With -ffunction-sections -fdata-sections every function and variable
# has its own section: the relocations of each still follow their
# object's klp symbol.
#source: a.c
#source: b.c
#cc: -ffunction-sections -fdata-sections
#ld: -r -plugin $KLP_PLUGIN
#readelf: -rW
#absent: [ ]state_show( |$)
#...
Relocation section '\.rela\.text\.a_func' at offset 0x[0-9a-f]+ contains 1 entry:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,1 - 4
#bfd Relocation section '\.rela\.text\.b_func' at offset 0x[0-9a-f]+ contains 1 entry:
#bfd  +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
#bfd [0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,2 - 4
Relocation section '\.rela\.klp\.module_relocs\.vmlinux' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 0
0+c +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 0
Relocation section '\.rela\.data\.a_ptr' at offset 0x[0-9a-f]+ contains 1 entry:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 0
#gold Relocation section '\.rela\.text\.b_func' at offset 0x[0-9a-f]+ contains 1 entry:
#gold  +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
#gold [0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,2 - 4
Relocation section '\.rela\.data\.b_ptr' at offset 0x[0-9a-f]+ contains 1 entry:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 0
