# An annotated name that another object of the link defines: a warning;
# the annotation wins (a.o's references stay on its klp symbol), the
# definition stays for the others.
#source: a.c
#source: provider.c
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
