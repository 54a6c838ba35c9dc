# s390x: the same module as klp-convert makes it, the call direct
# (R_390_PC32DBL): nothing to report.
#source: klpsym.c -DSYMNAME=".klp.sym.mymod.mymod_helper,0" -fPIC
#arch: s390x
#preconvert:
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#readelf: -rW
#...
[0-9a-f]+ +[0-9a-f]+ R_390_PC32DBL +0+ \.klp\.sym\.mymod\.mymod_helper,0 \+ 2
#pass
