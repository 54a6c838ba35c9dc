# A vmlinux klp relocation in .parainstructions is applied when the livepatch
# module loads, in time: allowed.
#source: special.c -DSECTION=.parainstructions -DSYMBOL=cpu_show
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SW
#links: .klp.rela.vmlinux..parainstructions .symtab .parainstructions
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.parainstructions +RELA .* +AIo +[0-9]+ +[0-9]+ +[0-9]+
#pass
