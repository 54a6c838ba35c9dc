# Two objects annotate the same name with different positions; after a
# plain ld -r they share one undefined symbol, which cannot be both: an
# error that names the symbol and both positions and points at the
# libklp ld plugin, which keeps them apart.
#source: conflict-a.c
#source: conflict-b.c -DPOS_B=2
#ld: -r
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*conflict\.ko: error: .*state_show
#error: \m1\M.*\m2\M|\m2\M.*\m1\M
#error: plugin|libklp
