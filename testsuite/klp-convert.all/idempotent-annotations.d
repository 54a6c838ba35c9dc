# Same with annotations, debug information and two objects.
#source: two-arrays-a.c
#source: two-arrays-b.c
#cc: -g
#ld: -r
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#check: idempotent
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,2
#pass
