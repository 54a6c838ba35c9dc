# A common symbol (-fcommon): the loader refuses the module.
#source: uses.c -DCOMMON
#cc: -fcommon
#arch: x86_64
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*common\.ko: error: symbol 'common_counter' is a common symbol: the module loader refuses the module \("common: please compile with -fno-common"\)$
