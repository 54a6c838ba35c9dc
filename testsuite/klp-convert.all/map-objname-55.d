# The kernel patchset's map format: an object name of 55 characters
# ("o" times 55), the longest the kernel reads (".klp.sym.%55[^.]").
#source: objname.c -DOBJ=ooooooooooooooooooooooooooooooooooooooooooooooooooooooo
#arch: x86_64
#convert: --symbols $srcdir/$subdir/map-objname-55.klp
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.o{55}\.state_show,1
#pass
