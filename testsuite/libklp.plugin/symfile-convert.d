# The objects of symfile-two-objects.d, linked with the plugin, then
# converted with a map that knows the source files: the two distinct
# symbols become two klp symbols, positions 1 and 2.
#source: symfile-a.c
#source: symfile-b.c
#ld: -r -plugin $KLP_PLUGIN
#convert: --no-modinfo-check --symbols $srcdir/$subdir/symfile.map
#readelf: -rsW
#absent: module_files
#absent: ,@
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,1 - 4
[0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,2 - 4
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,[12]
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,[12]
#pass
