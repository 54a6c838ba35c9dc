# KLP_SYMPOS(state_show, 3) when the map has two state_show in vmlinux:
# the kernel would fail ("symbol position 3 ... not found").
#source: sympos-range.c -DPOS=3
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*sympos-range\.ko: error: .*state_show
#error: \m3\M
