# klp-symbols(5): KLP_SYMPOS(state_show, 2) agrees with the map.
#source: sympos.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,2
#pass
