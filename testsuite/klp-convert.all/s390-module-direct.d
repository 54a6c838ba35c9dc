# s390x: the module loader fills a symbol's GOT and PLT entries once, and
# the livepatch core applies a module object's klp relocations each time
# the module loads, so klp relocations against a module's symbols are
# made direct: R_390_PLT32DBL becomes R_390_PC32DBL, R_390_GOTENT of an
# lgrl becomes R_390_PC32DBL of a larl (s390-module-direct-insn.d).
# vmlinux's are applied once: they keep their types.
#source: s390-module-direct.c -fPIC
#arch: s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -rW
#check: idempotent deterministic
#...
Relocation section '\.klp\.rela\.mymod\.\.text' at offset 0x[0-9a-f]+ contains 2 entries:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_390_PC32DBL +0+ \.klp\.sym\.mymod\.mymod_helper,0 \+ 2
[0-9a-f]+ +[0-9a-f]+ R_390_PC32DBL +0+ \.klp\.sym\.mymod\.mymod_data,0 \+ 2

Relocation section '\.klp\.rela\.vmlinux\.\.text' at offset 0x[0-9a-f]+ contains 1 entry:
 *Offset +Info +Type +Symbol's Value +Symbol's Name \+ Addend
[0-9a-f]+ +[0-9a-f]+ R_390_GOTENT +0+ \.klp\.sym\.vmlinux\.kernel_data,0 \+ 2
#pass
