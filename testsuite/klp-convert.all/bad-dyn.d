# A shared object (ET_DYN), not a relocatable module.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: nothing.c
#arch: x86_64 s390x
#ld: -shared
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-dyn\.ko: error: .*(ET_DYN|relocatable)
