# An LTO IR object (here a fat one, -ffat-lto-objects, which ld links
# as ELF when no LTO plugin claims it) after the first annotated object
# is left to ld, with a warning: ld puts it after the claimed objects.
#source: a.c
#source: plain1.c -flto -ffat-lto-objects
#source: b.c
#ld: -r -plugin $KLP_PLUGIN
#warning: ^[^ ]*ld[.a-z]*: warning: libklp: [^ ]*/plain1\.o: left to ld: LTO IR; it now follows the objects libklp replaced, so the output's order differs from a link without the plugin$
#readelf: -rW
#...
Relocation section '\.rela\.klp\.module_relocs\.vmlinux' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,1 \+ 0
0+c +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,2 \+ 0
#...
