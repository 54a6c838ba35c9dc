# A suffix matches only at a '/': "ain.c" is not "kernel/power/main.c".
# No candidate matches: an error listing the candidates.
#source: symfile.c -DSYMFILE="ain.c"
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-convert: .*symfile-boundary\.ko: error: symbol 'state_show' \(used in '\.text'\): no 'state_show' of object 'vmlinux' in '[^']*symbols\.map' comes from a file 'ain\.c'
#error: ^  vmlinux 1: kernel/power/main\.c \(t\)$
#error: ^  vmlinux 2: drivers/base/power/wakeup_stats\.c \(t\)$
