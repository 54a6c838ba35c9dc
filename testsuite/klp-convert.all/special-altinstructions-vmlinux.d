# A vmlinux klp relocation in .altinstructions is applied when the livepatch
# module loads, in time: allowed.
#source: special.c -DSECTION=.altinstructions -DSYMBOL=cpu_show
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SW
#links: .klp.rela.vmlinux..altinstructions .symtab .altinstructions
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.altinstructions +RELA .* +AIo +[0-9]+ +[0-9]+ +[0-9]+
#pass
