# ppc64le: the same module as it is built, the call followed by its nop:
# nothing to report.
#source: klpsym.c -DSYMNAME=".klp.sym.mymod.mymod_helper,0"
#arch: ppc64le
#preconvert:
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#objdump: -d -j .text
#...
 +14:\s+01 00 00 48 \s*bl\s+.*
 +18:\s+00 00 00 60 \s*nop
#pass
