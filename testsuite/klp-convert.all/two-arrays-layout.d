# The fixture of two-arrays.d, checked: ld -r leaves 4 bytes of padding
# between the two arrays, so the second entry is at offset 16, not 12.
#source: two-arrays-a.c
#source: two-arrays-b.c
#ld: -r
#arch: x86_64 s390x ppc64le aarch64
#readelf: -rW
#...
Relocation section '\.rela\.klp\.module_relocs\.vmlinux' at offset 0x[0-9a-f]+ contains 2 entries:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+0 +[0-9a-f]+ R_(X86_64_64|390_64|PPC64_ADDR64|AARCH64_ABS64) +0+ state_show \+ 0
0+10 +[0-9a-f]+ R_(X86_64_64|390_64|PPC64_ADDR64|AARCH64_ABS64) +0+ dup_sym \+ 0
#pass
