# klp-symbols(5): exported_fn is not marked exported and is converted.
#source: exports.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.exported_fn,0
#pass
