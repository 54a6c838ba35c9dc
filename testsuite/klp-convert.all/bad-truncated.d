# An object cut in the middle: the section headers are past the end.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: truncate 50%
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-truncated\.ko: error: .*(truncat|past the end|beyond|end of (the )?file|too short|extends)
