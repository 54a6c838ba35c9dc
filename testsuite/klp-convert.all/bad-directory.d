# A directory.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#input: $srcdir/$subdir
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*klp-convert\.all: error: .*(directory|regular file)
