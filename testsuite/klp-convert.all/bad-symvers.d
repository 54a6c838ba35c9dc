# A Module.symvers line without the module and export type fields: FILE:LINE.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp -m $srcdir/$subdir/bad-symvers.symvers
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-symvers\.symvers:2: error: .+$
