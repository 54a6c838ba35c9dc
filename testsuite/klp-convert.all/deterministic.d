# Two runs on the same input give the same bytes.
#source: two-arrays-a.c
#source: two-arrays-b.c
#source: mixed.c
#cc: -g
#ld: -r
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp -m $srcdir/$subdir/Module.symvers
#check: deterministic
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,2
#pass
