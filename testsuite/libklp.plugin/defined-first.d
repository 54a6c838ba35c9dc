# An annotated name that an object before it defines, one the plugin
# never claims: found all the same (in its symbol table), and the warning
# names it.
#source: provider.c
#source: a.c
#ld: -r -plugin $KLP_PLUGIN
#warning: ^[^ ]*ld[.a-z]*: warning: libklp: [^ ]*/a\.o: 'state_show' is annotated, but '[^']*/provider\.o' of the same link defines it: the annotation wins, this object uses '\.klp\.sym\.vmlinux\.state_show,1'$
#readelf: -rsW
#...
Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,1 - 4
#...
 +[0-9]+: 0+[0-9a-f]+ +[0-9]+ FUNC +GLOBAL DEFAULT +[0-9]+ state_show
#...
