# dup_sym is defined once by vmlinux and once by mymod, in a map that
# knows their source files: positions 0, and the suggestion is
# KLP_SYMPOS(dup_sym, 0) or KLP_SYMFILE.
#source: dup.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 4
#error: ^klp-convert: [^ ]*/ambiguous-objects-files\.ko: error: symbol 'dup_sym' \(used in '\.text'\) is ambiguous: 2 symbols of that name in '[^']*/symbols\.map':$
#error: ^  vmlinux 0: kernel/dup\.c \(T\)$
#error: ^  mymod 0: mymod/dup\.c \(t\)$
#error: ^add 'KLP_SYMPOS\(dup_sym, <pos>\)' inside a 'KLP_MODULE_RELOC\(<obj>\)' array, or 'KLP_SYMFILE\(dup_sym, "<file>"\)' inside a 'KLP_MODULE_RELOC_FILE\(<obj>\)' array, for the one meant; for 'vmlinux 0': 'KLP_SYMPOS\(dup_sym, 0\)' inside 'KLP_MODULE_RELOC\(vmlinux\)', or 'KLP_SYMFILE\(dup_sym, "kernel/dup\.c"\)' inside 'KLP_MODULE_RELOC_FILE\(vmlinux\)'$
