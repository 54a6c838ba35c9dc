# KLP_SYMFILE with the last component of the path: "wakeup_stats.c"
# matches "drivers/base/power/wakeup_stats.c", the second state_show.
#source: symfile.c -DSYMFILE="wakeup_stats.c"
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,2
#pass
