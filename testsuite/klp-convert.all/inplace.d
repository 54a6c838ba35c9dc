# OUTPUT may be INPUT: the file is replaced by the converted module, the
# same bytes as when writing to another file.
#source: basic.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp $input $input
#check: deterministic
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#pass
