# A non-exported undefined symbol that no object of the map defines.
#source: not-found.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*not-found\.ko: error: .*no_such_symbol
