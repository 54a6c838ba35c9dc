# s390x: where a klp relocation against a module's variable was an
# R_390_GOTENT of "lgrl %rN,SYM@GOTENT" (load the address from the GOT
# entry), the instruction is now "larl %rN,SYM" (the address itself),
# of the same length and register; vmlinux's lgrl stays.  (objdump
# shows the relocations of the first klp section of .text only.)
#source: s390-module-direct.c -fPIC
#arch: s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#objdump: -dr -j .text
#...
 *[0-9a-f]+:\s+c0 e5 00 00 00 00 \s*brasl\s+%r14,.*
\s+[0-9a-f]+: R_390_PC32DBL\s+\.klp\.sym\.mymod\.mymod_helper,0\+0x2
 *[0-9a-f]+:\s+c0 [0-9a-f]0 00 00 00 00 \s*larl\s+%r[0-9]+,.*
\s+[0-9a-f]+: R_390_PC32DBL\s+\.klp\.sym\.mymod\.mymod_data,0\+0x2
 *[0-9a-f]+:\s+c4 [0-9a-f]8 00 00 00 00 \s*lgrl\s+%r[0-9]+,.*
#pass
