# More of the path tells the two attr.c apart: "b/attr.c" is the second
# show_one of vmlinux.
#source: symfile.c -DSYM=show_one -DSYMFILE="b/attr.c"
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symfile.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.show_one,2
#pass
