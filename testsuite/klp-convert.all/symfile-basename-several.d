# Two base_fn of module basemod come from files the map knows only as
# "main.c": no path given in KLP_SYMFILE can tell them apart, and the
# error says to use KLP_SYMPOS.
#source: symfile.c -DSYM=base_fn -DOBJ=basemod -DSYMFILE="kernel/power/main.c"
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symfile.map
#status: 1
#stderr-lines: 4
#error: ^klp-convert: .*symfile-basename-several\.ko: error: symbol 'base_fn' \(used in '\.text'\): 2 symbols 'base_fn' of object 'basemod' in '[^']*symfile\.map' come from a file 'kernel/power/main\.c' .*: the map knows too little of their paths to tell them apart: use KLP_SYMPOS; candidates:$
#error: ^  basemod 1: main\.c \(t\)$
#error: ^  basemod 2: other\.c \(t\)$
#error: ^  basemod 3: main\.c \(t\)$
