# KLP_SYMPOS(state_show, 0) ("unique") when the map has two state_show in
# vmlinux: the kernel would fail ("unresolvable ambiguity").
#source: sympos-range.c -DPOS=0
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*sympos-zero\.ko: error: .*state_show
