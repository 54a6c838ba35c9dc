# Converting klp-convert's output again changes nothing: the same bytes.
#source: basic.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#check: idempotent
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#pass
