# An object name with a '.': the kernel's "%55[^.]" would stop there.
#source: objname.c -DOBJ=my.mod
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*objname-dot\.ko: error: .*my\.mod
