# ppc64le: .TOC. belongs to the linker, never to the kernel: it stays an
# ordinary undefined symbol and its relocations stay in .rela.text.
#source: basic.c
#arch: ppc64le
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rsW
#absent: \.klp\.sym\.[^ ]*TOC
#...
Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains 2 entries:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_PPC64_REL16_HA +0+ \.TOC\. \+ 0
[0-9a-f]+ +[0-9a-f]+ R_PPC64_REL16_LO +0+ \.TOC\. \+ 4
#...
 *[0-9]+: 0+ +0 +NOTYPE +GLOBAL +DEFAULT +UND \.TOC\.
#pass
