# No state_show comes from "nosuch.c": an error that names the file and
# lists the candidates with their positions, files and types.
#source: symfile.c -DSYMFILE="nosuch.c"
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 3
#error: ^klp-convert: .*symfile-zero\.ko: error: symbol 'state_show' \(used in '\.text'\): no 'state_show' of object 'vmlinux' in '[^']*symbols\.map' comes from a file 'nosuch\.c' \(KLP_SYMFILE from annotation in '\.klp\.module_files\.vmlinux'\); candidates:$
#error: ^  vmlinux 1: kernel/power/main\.c \(t\)$
#error: ^  vmlinux 2: drivers/base/power/wakeup_stats\.c \(t\)$
