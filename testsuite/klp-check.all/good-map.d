# A module converted with the target's map passes every check against
# that map: exit status 0, nothing on stderr.
#source: lp.c
#arch: x86_64 s390x ppc64le aarch64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#klp-check: --symbols $srcdir/$subdir/symbols.map
