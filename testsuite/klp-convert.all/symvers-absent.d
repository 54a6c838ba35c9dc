# Without Module.symvers nothing says that exported_fn is exported (the
# map has no __ksymtab_exported_fn): it is converted like any other.
#source: exports.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -sW
#absent: UND +exported_fn$
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.exported_fn,0
#pass
