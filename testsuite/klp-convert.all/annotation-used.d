# A relocation of code to the annotation array is an error.
#source: annotation-used.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*annotation-used\.ko: error: .*(my_klp_relocs|module_relocs)
