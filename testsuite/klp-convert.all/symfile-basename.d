# A map made from STT_FILE symbols knows only base names, which the
# compiler puts there: "drivers/x/other.c" matches the map's "other.c"
# (the second base_fn of module basemod).
#source: symfile.c -DSYM=base_fn -DOBJ=basemod -DSYMFILE="drivers/x/other.c"
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symfile.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.basemod\.base_fn,2
#pass
