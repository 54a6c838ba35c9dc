# Same as two-arrays.d with -g: the linked DWARF stays readable.
#source: two-arrays-a.c
#source: two-arrays-b.c
#cc: -g
#ld: -r
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -sW -wi
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.dup_sym,1
#...
 *<[0-9a-f]+> +DW_AT_name +: \((strp|line_strp|string)\)( \(offset: (0x)?[0-9a-f]+\))?: relocs_a
#...
 *<[0-9a-f]+> +DW_AT_name +: \((strp|line_strp|string)\)( \(offset: (0x)?[0-9a-f]+\))?: relocs_b
#pass
