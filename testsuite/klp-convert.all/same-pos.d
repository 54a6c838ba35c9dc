# Two objects annotating the same name with the same position agree.
#source: conflict-a.c
#source: conflict-b.c -DPOS_B=1
#ld: -r
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rW
#absent: module_relocs
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 2 entries:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ \.klp\.sym\.vmlinux\.state_show,1 [-+] [0-9a-f]+
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ \.klp\.sym\.vmlinux\.state_show,1 [-+] [0-9a-f]+
#pass
