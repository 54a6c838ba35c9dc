# vmlinux has two state_show and nothing says which: an error that names
# the symbol, lists every candidate (vmlinux positions 1 and 2) and shows
# the KLP_SYMPOS annotation that would settle it.
#source: state.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*ambiguous\.ko: error: .*state_show
#error: vmlinux[^\n]*\m1\M
#error: vmlinux[^\n]*\m2\M|\m2\M[^\n]*vmlinux
#error: KLP_SYMPOS *\( *state_show *,
