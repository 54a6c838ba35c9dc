# klp-symbols(5): the candidates of an ambiguous name are listed with the
# source files the map gives.
#source: state.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-convert: .*map1-ambiguous\.ko: error: .*state_show
#error: vmlinux[^\n]*\m1\M[^\n]*kernel/power/main\.c
#error: vmlinux[^\n]*\m2\M[^\n]*drivers/base/power/wakeup_stats\.c
#error: KLP_SYMPOS *\( *state_show *,
