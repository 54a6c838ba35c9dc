# A vmlinux klp relocation in .static_call_sites is applied when the
# livepatch module loads, before its static calls are registered: allowed.
#source: special.c -DSECTION=.static_call_sites -DSYMBOL=cpu_show
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SW
#links: .klp.rela.vmlinux..static_call_sites .symtab .static_call_sites
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.static_call_sites +RELA .* +AIo +[0-9]+ +[0-9]+ +[0-9]+
#pass
