# klp-symbols(5) readers accept comments and empty lines anywhere after
# the header, fields after FILE, objects without symbols and a last line
# without its newline (symbols-lenient.map has all of them).
#source: mixed.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols-lenient.map -m $srcdir/$subdir/Module.symvers
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.mymod\.mymod_helper,0
#pass
