# A vmlinux klp relocation in __jump_table is applied when the livepatch
# module loads, in time: allowed.
#source: special.c -DSECTION=__jump_table -DSYMBOL=cpu_show
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SW
#links: .klp.rela.vmlinux.__jump_table .symtab __jump_table
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.__jump_table +RELA .* +AIo +[0-9]+ +[0-9]+ +[0-9]+
#pass
