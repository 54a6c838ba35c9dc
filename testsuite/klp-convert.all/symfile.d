# KLP_SYMFILE(state_show, "kernel/power/main.c") in a
# KLP_MODULE_RELOC_FILE(vmlinux) array: the map (klp-symbols(5) format)
# says which state_show that file defines, the first: the klp symbol is
# ".klp.sym.vmlinux.state_show,1".  The file annotation section, its
# relocation section and the array's symbol are gone.
#source: symfile.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.map
#check: idempotent deterministic
#readelf: -SsrW
#links: .klp.rela.vmlinux..text .symtab .text
#sh-flags: .klp.rela.vmlinux..text 0x100042
#absent: module_files
#absent: file_relocs
#absent: [ ]state_show( |$)
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.text +RELA +0+ [0-9a-f]+ 0+18 18 +AIo +[0-9]+ +[0-9]+ +[0-9]+
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PLT32DBL|PPC64_REL24|AARCH64_CALL26) +0+ \.klp\.sym\.vmlinux\.state_show,1 [-+] [0-9a-f]+
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,1
#pass
