# The kernel patchset's form "klp-convert SYMBOLS INPUT OUTPUT".
#source: basic.c
#arch: x86_64 s390x
#convert: $srcdir/$subdir/symbols.klp $input $output
#check: deterministic
#readelf: -rsW
#...
Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_(X86_64_PLT32|390_PLT32DBL) +0+ \.klp\.sym\.vmlinux\.cpu_show,0 [-+] [0-9a-f]+
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#pass
