# Merged without the plugin, one object says KLP_SYMPOS(state_show, 1),
# the other KLP_SYMFILE(state_show, "main.c"): the same symbol, so the
# merged symbol converts (to position 1).
#source: conflict-a.c
#source: symfile-b.c -DSYMFILE="main.c"
#ld: -r
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.map
#readelf: -sW
#absent: module_files
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,1
#pass
