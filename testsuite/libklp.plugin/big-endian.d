# The two-object case on big-endian s390x (the positions are read in the
# object's byte order).
#source: a.c
#source: b.c
#arch: s390x
#ld: -r -plugin $KLP_PLUGIN
#readelf: -rW
#absent: [ ]state_show( |$)
#...
Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_390_PLT32DBL +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 2
[0-9a-f]+ +[0-9a-f]+ R_390_PLT32DBL +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 2
Relocation section '\.rela\.data' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_390_64 +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 0
0+8 +[0-9a-f]+ R_390_64 +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 0
Relocation section '\.rela\.klp\.module_relocs\.vmlinux' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_390_64 +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 0
0+c +[0-9a-f]+ R_390_64 +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 0
#...
