# An annotated weak symbol is converted (the annotation says what the
# author wants), and keeps its binding: WEAK, SHN_LIVEPATCH.
#source: annotation-weak.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -sW
#absent: UND +optional_hook$
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +WEAK +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.optional_hook,1
#pass
