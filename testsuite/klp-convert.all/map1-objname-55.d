# klp-symbols(5): an object name of 55 characters ("o" times 55), the
# longest the kernel reads (".klp.sym.%55[^.]"); the annotation's
# position is checked against it.
#source: objname.c -DOBJ=ooooooooooooooooooooooooooooooooooooooooooooooooooooooo
#arch: x86_64
#convert: --symbols $srcdir/$subdir/map1-objname-55.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.o{55}\.state_show,1
#pass
