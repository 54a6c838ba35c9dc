# Two objects, each with its own annotation array for vmlinux, linked
# with ld -r (with padding between the arrays, see two-arrays-layout.d):
# both annotations apply.
#source: two-arrays-a.c
#source: two-arrays-b.c
#ld: -r
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rW
#absent: module_relocs
#absent: relocs_[ab]
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 2 entries:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ \.klp\.sym\.vmlinux\.state_show,2 [-+] [0-9a-f]+
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ \.klp\.sym\.vmlinux\.dup_sym,1 [-+] [0-9a-f]+
#pass
