# A file that does not exist.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#input: $tmpdir/no-such-file.ko
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*no-such-file\.ko: error: .*(No such file|does not exist)
