# With -g, .rela.debug_info refers to the annotation array, which the
# conversion removes: the DWARF must stay readable (readelf applies the
# relocations of a relocatable file and says so on stderr when it
# cannot, which fails the test).  The symbol table shows that the
# conversion happened.
#source: sympos.c
#cc: -g
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -sW -wi
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,2
#...
 *<0><[0-9a-f]+>: Abbrev Number: [0-9]+ \(DW_TAG_compile_unit\)
#...
 *<[0-9a-f]+> +DW_AT_name +: \((strp|line_strp|string)\)( \(offset: (0x)?[0-9a-f]+\))?: patched_state_show
#pass
