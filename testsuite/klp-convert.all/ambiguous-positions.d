# state_show twice in vmlinux and once in mymod: positions count from 1
# among the same-named symbols of one object (vmlinux 1 and 2), and a
# name unique in its object has position 0 (mymod 0).
#source: state.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/ambiguous-positions.map
#status: 1
#stderr-lines: 5
#error: ^klp-convert: [^ ]*/ambiguous-positions\.ko: error: symbol 'state_show' \(used in '\.text'\) is ambiguous: 3 symbols of that name in '[^']*/ambiguous-positions\.map':$
#error: ^  vmlinux 1: kernel/power/main\.c \(t\)$
#error: ^  vmlinux 2: drivers/base/power/wakeup_stats\.c \(t\)$
#error: ^  mymod 0: mymod/state\.c \(t\)$
#error: ^add 'KLP_SYMPOS\(state_show, <pos>\)' inside a 'KLP_MODULE_RELOC\(<obj>\)' array, or 'KLP_SYMFILE\(state_show, "<file>"\)' inside a 'KLP_MODULE_RELOC_FILE\(<obj>\)' array, for the one meant; for 'vmlinux 1': 'KLP_SYMPOS\(state_show, 1\)' inside 'KLP_MODULE_RELOC\(vmlinux\)', or 'KLP_SYMFILE\(state_show, "kernel/power/main\.c"\)' inside 'KLP_MODULE_RELOC_FILE\(vmlinux\)'$
