# Two objects name 'state_show' with different positions (a.c 1, b.c 2):
# each object's annotated undefined symbol is renamed, so the output has
# two klp symbols and every relocation of a.o (code, data, annotation)
# names ",1", every one of b.o ",2".  The annotation section keeps its
# flags and its relocation section its links.
#source: a.c
#source: b.c
#ld: -r -plugin $KLP_PLUGIN
#readelf: -SrsW
#absent: UND state_show$
#links: .rela.klp.module_relocs.vmlinux .symtab .klp.module_relocs.vmlinux
#links: .rela.text .symtab .text
#...
 *\[ *[0-9]+\] \.klp\.module_relocs\.vmlinux +PROGBITS +0+ [0-9a-f]+ 0+18 00 +WA +0 +0 +4
#...
 *\[ *[0-9]+\] \.rela\.klp\.module_relocs\.vmlinux +RELA +0+ [0-9a-f]+ 0+30 18 +I +[0-9]+ +[0-9]+ +8
#...
Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,1 - 4
[0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,2 - 4
Relocation section '\.rela\.data' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 0
0+8 +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 0
Relocation section '\.rela\.klp\.module_relocs\.vmlinux' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 0
0+c +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 0
Symbol table '\.symtab' contains [0-9]+ entries:
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +UND \.klp\.sym\.vmlinux\.state_show,[12]
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +UND \.klp\.sym\.vmlinux\.state_show,[12]
#...
