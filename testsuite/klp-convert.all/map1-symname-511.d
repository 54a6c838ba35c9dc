# klp-symbols(5): a symbol name of 511 characters, the longest the
# kernel reads (".klp.sym.%55[^.].%511[^,],%lu"); the annotation's
# position is checked against it.
#source: longname.c -DLEN=511
#arch: x86_64
#convert: --symbols $srcdir/$subdir/map1-symname-511.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.a{255}a{255}a,1
#pass
