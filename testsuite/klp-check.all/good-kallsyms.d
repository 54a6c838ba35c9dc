# The same module checked against a /proc/kallsyms dump of the target
# (vmlinux and the loaded module mymod): positions are counted in the
# dump's order, exports known from its __ksymtab_ symbols.
#source: lp.c
#arch: x86_64 s390x
#preconvert: --symbols $srcdir/$subdir/symbols.map
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
