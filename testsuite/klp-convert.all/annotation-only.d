# A symbol that only the annotation uses must not stay behind as an
# undefined symbol: the module loader would refuse it ("Unknown symbol").
#source: annotation-only.c
#arch: x86_64 s390x aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -sW
#absent: UND +state_show$
#absent: module_relocs
#absent: my_klp_relocs
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#pass
