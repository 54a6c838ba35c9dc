# --no-modinfo-check converts a module without "livepatch=Y".
#source: modinfo.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp --no-modinfo-check
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#pass
