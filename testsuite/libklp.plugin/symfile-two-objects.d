# Two objects name 'state_show' by different source files (symfile-a.c
# "kernel/power/main.c", symfile-b.c "wakeup_stats.c"): each object's
# annotated undefined symbol is renamed ".klp.sym.vmlinux.state_show,@<file>"
# (no symbol map needed), so the output has two distinct symbols and
# every relocation of each object names its own.
#source: symfile-a.c
#source: symfile-b.c
#ld: -r -plugin $KLP_PLUGIN
#readelf: -rsW
#absent: UND state_show$
#...
Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,@kernel/power/main\.c - 4
[0-9a-f]+ +[0-9a-f]+ R_X86_64_PLT32 +0+ \.klp\.sym\.vmlinux\.state_show,@wakeup_stats\.c - 4
#...
Relocation section '\.rela\.data' at offset 0x[0-9a-f]+ contains 2 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,@kernel/power/main\.c \+ 0
0+8 +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,@wakeup_stats\.c \+ 0
#...
Relocation section '\.rela\.klp\.module_files\.vmlinux' at offset 0x[0-9a-f]+ contains 4 entries:
 +Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
0+ +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,@kernel/power/main\.c \+ 0
0+8 +[0-9a-f]+ R_X86_64_64 +0+ \.rodata\.str1\.1 \+ [0-9a-f]+
0+10 +[0-9a-f]+ R_X86_64_64 +0+ \.klp\.sym\.vmlinux\.state_show,@wakeup_stats\.c \+ 0
0+18 +[0-9a-f]+ R_X86_64_64 +0+ \.rodata\.str1\.1 \+ [0-9a-f]+
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +UND \.klp\.sym\.vmlinux\.state_show,@(kernel/power/main|wakeup_stats)\.c
#...
 +[0-9]+: 0+ +0 NOTYPE +GLOBAL DEFAULT +UND \.klp\.sym\.vmlinux\.state_show,@(kernel/power/main|wakeup_stats)\.c
#pass
