# x86_64: the relocated field holds 0x01020304; the kernel would refuse it
# ("Invalid relocation target, existing value is nonzero"), so
# klp-convert does (nonzero.S, with the .reloc directive).
#source: nonzero.S -DNONZERO
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*nonzero-target\.ko: error: .*(non-?zero|not zero)
