# KLP_MODULE_RELOC_FILE(mymod): the show_one of module mymod.
#source: symfile.c -DSYM=show_one -DOBJ=mymod -DSYMFILE="attr.c"
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symfile.map
#readelf: -rsW
#...
Relocation section '\.klp\.rela\.mymod\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.mymod\.show_one,0
#pass
