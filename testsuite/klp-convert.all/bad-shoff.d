# e_shoff far past the end of the file.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: ehdr e_shoff 0x7fffff00
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-shoff\.ko: error: .*(truncat|past the end|beyond|end of (the )?file|too short|extends|e_shoff)
