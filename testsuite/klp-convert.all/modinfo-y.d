# The control: "livepatch=Y" after other entries is found.
#source: modinfo.c -DMODINFO_LIVEPATCH="Y"
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#pass
