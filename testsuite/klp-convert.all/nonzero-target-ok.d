# The control for nonzero-target.d: the same module with a zero field.
#source: nonzero.S
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rW
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+1 +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.cpu_show,0 - 4
#pass
