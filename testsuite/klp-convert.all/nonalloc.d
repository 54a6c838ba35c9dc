# Only relocations of allocated sections become klp relocations; that of
# the non-allocated .klp_test_nonalloc stays where it is, against the
# renamed symbol.
#source: nonalloc.c
#arch: x86_64 s390x aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rW
#absent: \.klp\.rela\.[^ ]*nonalloc
#...
Relocation section '\.rela\.klp_test_nonalloc' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+0 +[0-9a-f]+ R_(X86_64_64|390_64|AARCH64_ABS64) +0+ \.klp\.sym\.vmlinux\.cpu_show,0 \+ 0
#pass
