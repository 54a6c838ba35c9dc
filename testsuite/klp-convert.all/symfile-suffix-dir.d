# KLP_SYMFILE with the last components of the path: "power/main.c"
# matches "kernel/power/main.c" (and not ".../power/wakeup_stats.c").
#source: symfile.c -DSYMFILE="power/main.c"
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,1
#pass
