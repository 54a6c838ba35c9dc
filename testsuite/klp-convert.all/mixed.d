# One function uses vmlinux, the module "mymod", an exported function and
# a string literal: two klp sections; the exported symbol and the local
# section symbol stay in .rela.text.
#source: mixed.c
#arch: x86_64 s390x aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rW
#links: .klp.rela.mymod..text .symtab .text
#links: .klp.rela.vmlinux..text .symtab .text
#links: .rela.text .symtab .text
#absent: \.klp\.sym\.[^ ]*printk
#absent: \.klp\.sym\.[^ ]*\.rodata
#...
Relocation section '\.rela\.text' at offset 0x[0-9a-f]+ contains [0-9]+ entries:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
#...
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ printk [-+] [0-9a-f]+
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_[0-9A-Z_]+ +0+ \.klp\.sym\.vmlinux\.cpu_show,0 [-+] [0-9a-f]+
#pass
