# An executable (ET_EXEC), not a relocatable module.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: nothing.c
#arch: x86_64 s390x
#ld: -e patched
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-exec\.ko: error: .*(ET_EXEC|relocatable)
