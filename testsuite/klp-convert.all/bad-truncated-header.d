# An object cut inside the ELF header.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: truncate 40
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-truncated-header\.ko: error: .*(truncat|past the end|beyond|end of (the )?file|too short|extends)
