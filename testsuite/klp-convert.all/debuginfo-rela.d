# With -g, no relocation may be left against the removed annotation
# section or array, and the relocation sections must stay readable.
#source: sympos.c
#cc: -g
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rW
#absent: module_relocs
#absent: my_klp_relocs
#...
Relocation section '\.rela\.debug_info' at offset 0x[0-9a-f]+ contains [0-9]+ entries:
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ \.klp\.sym\.vmlinux\.state_show,2 [-+] [0-9a-f]+
#pass
