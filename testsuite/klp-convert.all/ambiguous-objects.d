# dup_sym is defined by vmlinux and by mymod: both are listed.
#source: dup.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*ambiguous-objects\.ko: error: .*dup_sym
#error: vmlinux
#error: mymod
#error: KLP_SYMPOS *\( *dup_sym *,
