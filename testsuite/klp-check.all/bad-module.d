# A module that is not an ELF object: status 1.
#klp-check: --symbols $srcdir/$subdir/symbols.map $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-check: [^ ]*symbols\.map: error: 
