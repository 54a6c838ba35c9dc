# klp-symbols(5): printk is marked exported ("E"): it stays an ordinary
# undefined symbol; exported_fn is not, and is converted.
#source: exports.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.map
#readelf: -sW
#absent: \.klp\.sym\.[^ ]*printk
#...
 *[0-9]+: 0+ +0 +NOTYPE +GLOBAL +DEFAULT +UND printk
#pass
