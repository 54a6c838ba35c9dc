# dup_sym is defined once by vmlinux and once by mymod: both are listed,
# each at position 0 (unique in its object), and the suggested annotation
# says position 0, as the kernel's documentation writes it.  The
# patchset's map has no source files: no KLP_SYMFILE is suggested.
#source: dup.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 4
#error: ^klp-convert: [^ ]*/ambiguous-objects\.ko: error: symbol 'dup_sym' \(used in '\.text'\) is ambiguous: 2 symbols of that name in '[^']*/symbols\.klp':$
#error: ^  vmlinux 0: \? \(\?\)$
#error: ^  mymod 0: \? \(\?\)$
#error: ^add 'KLP_SYMPOS\(dup_sym, <pos>\)' inside a 'KLP_MODULE_RELOC\(<obj>\)' array for the one meant; for 'vmlinux 0': 'KLP_SYMPOS\(dup_sym, 0\)' inside 'KLP_MODULE_RELOC\(vmlinux\)' \(the map gives no source file that tells them apart, which KLP_SYMFILE would need\)$
