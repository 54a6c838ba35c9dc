# An ambiguous name, with a map that knows the source files: the error
# lists the candidates and suggests both a KLP_SYMPOS and a KLP_SYMFILE
# line.
#source: state.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-convert: .*symfile-suggest\.ko: error: symbol 'state_show' \(used in '\.text'\) is ambiguous: 2 symbols of that name in '[^']*symbols\.map':$
#error: ^  vmlinux 1: kernel/power/main\.c \(t\)$
#error: ^  vmlinux 2: drivers/base/power/wakeup_stats\.c \(t\)$
#error: 'KLP_SYMPOS\(state_show, 1\)' inside 'KLP_MODULE_RELOC\(vmlinux\)', or 'KLP_SYMFILE\(state_show, "kernel/power/main\.c"\)' inside 'KLP_MODULE_RELOC_FILE\(vmlinux\)'$
