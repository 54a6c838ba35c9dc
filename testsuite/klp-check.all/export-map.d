# With a map, a name that no object of the map defines is not exported.
#source: uses.c -DUSE1=nobody_has_this
#arch: x86_64
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*export-map\.ko: error: symbol 'nobody_has_this' is undefined and not exported \(no object of '[^']*symbols\.map' defines it\)
