# ppc64le: the instruction after a call (bl) to a klp symbol must be a
# nop, which the kernel's loader makes the TOC restore; here it is
# "addi r1,r1,32" (38210020): the kernel refuses the module.
#source: klpsym.c -DSYMNAME=".klp.sym.mymod.mymod_helper,0"
#arch: ppc64le
#preconvert:
#edit: bytes .text 0x18 20002138
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*ppc64-nop\.ko: error: call at '\.text'\+0x14 to '\.klp\.sym\.mymod\.mymod_helper,0' is not followed by a nop, which the kernel's powerpc loader turns into the TOC restore: it refuses the module \("ppc64_nop: Expected nop after call, got 38210020"\)$
