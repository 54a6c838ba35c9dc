# The ld plugin renames an annotated symbol to ".klp.sym.vmlinux.NAME,POS"
# and leaves it undefined (made here with objcopy --redefine-sym): it
# becomes SHN_LIVEPATCH, name unchanged, in .klp.rela.vmlinux..text, and
# needs no map.
#source: state.c
#arch: x86_64 s390x ppc64le aarch64
#objcopy: --redefine-sym state_show=.klp.sym.vmlinux.state_show,2
#convert:
#readelf: -SsrW
#links: .klp.rela.vmlinux..text .symtab .text
#sh-flags: .klp.rela.vmlinux..text 0x100042
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.text +RELA +0+ [0-9a-f]+ 0+18 18 +AIo +[0-9]+ +[0-9]+ +[0-9]+
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PLT32DBL|PPC64_REL24|AARCH64_CALL26) +0+ \.klp\.sym\.vmlinux\.state_show,2 [-+] [0-9a-f]+
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,2
#pass
