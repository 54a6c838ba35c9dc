# An undefined, non-exported symbol that the map names once becomes the
# klp symbol ".klp.sym.vmlinux.NAME,0" (SHN_LIVEPATCH, shown as
# "OS [0xff20]"; binding kept) and its relocation moves, addend and all,
# to .klp.rela.vmlinux..text: SHT_RELA, flags SHF_ALLOC|SHF_INFO_LINK|
# SHF_RELA_LIVEPATCH (readelf: "AIo"), sh_link the symbol table, sh_info
# .text.
#source: basic.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SsrW
#links: .klp.rela.vmlinux..text .symtab .text
#sh-flags: .klp.rela.vmlinux..text 0x100042
#absent: [ ]cpu_show( |$)
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.text +RELA +0+ [0-9a-f]+ 0+18 18 +AIo +[0-9]+ +[0-9]+ +[0-9]+
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ (R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.cpu_show,0 - 4|R_390_PLT32DBL +0+ \.klp\.sym\.vmlinux\.cpu_show,0 \+ 2|R_PPC64_REL24 +0+ \.klp\.sym\.vmlinux\.cpu_show,0 \+ 0|R_AARCH64_CALL26 +0+ \.klp\.sym\.vmlinux\.cpu_show,0 \+ 0)
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#pass
