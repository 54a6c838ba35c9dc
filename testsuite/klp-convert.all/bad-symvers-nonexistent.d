# A Module.symvers that does not exist.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp -m $srcdir/$subdir/no-such.symvers
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*no-such\.symvers: error: .*(No such file|does not exist)
