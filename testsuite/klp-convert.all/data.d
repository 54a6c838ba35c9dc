# Relocations in .data move to .klp.rela.vmlinux..data (sh_info .data),
# in their order, and the emptied .rela.data goes away.
#source: data.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SrW
#links: .klp.rela.vmlinux..data .symtab .data
#sh-flags: .klp.rela.vmlinux..data 0x100042
#absent: \] \.rela\.data 
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.data +RELA +0+ [0-9a-f]+ 0+30 18 +AIo +[0-9]+ +[0-9]+ +[0-9]+
#...
Relocation section '\.klp\.rela\.vmlinux\.\.data' at offset 0x[0-9a-f]+ contains 2 entries:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+0 +[0-9a-f]+ R_(X86_64_64|390_64|PPC64_ADDR64|AARCH64_ABS64) +0+ \.klp\.sym\.vmlinux\.kernel_data,0 \+ 0
0+8 +[0-9a-f]+ R_(X86_64_64|390_64|PPC64_ADDR64|AARCH64_ABS64) +0+ \.klp\.sym\.vmlinux\.cpu_show,0 \+ 0
#pass
