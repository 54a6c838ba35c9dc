# Weak undefined symbols stay as they are, whether the map knows them
# (optional_hook) or not (weak_unknown: no error); cpu_show is converted.
#source: weak.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rsW
#absent: \.klp\.sym\.[^ ]*(optional_hook|weak_unknown)
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
#...
 *[0-9]+: 0+ +0 +NOTYPE +WEAK +DEFAULT +UND optional_hook
#...
 *[0-9]+: 0+ +0 +NOTYPE +WEAK +DEFAULT +UND weak_unknown
#pass
