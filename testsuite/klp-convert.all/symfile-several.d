# Two show_one of vmlinux come from a file "attr.c" (drivers/a/attr.c and
# drivers/b/attr.c): an error that asks for more of the path and lists
# the candidates of vmlinux only (mymod has one too).
#source: symfile.c -DSYM=show_one -DSYMFILE="attr.c"
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symfile.map
#status: 1
#stderr-lines: 4
#error: ^klp-convert: .*symfile-several\.ko: error: symbol 'show_one' \(used in '\.text'\): 2 symbols 'show_one' of object 'vmlinux' in '[^']*symfile\.map' come from a file 'attr\.c' .*give more of the path
#error: ^  vmlinux 1: drivers/a/attr\.c \(t\)$
#error: ^  vmlinux 2: drivers/b/attr\.c \(t\)$
#error: ^  vmlinux 3: fs/c/show\.c \(t\)$
