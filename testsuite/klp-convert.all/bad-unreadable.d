# A file without read permission (skipped when running as root).
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64
#input-mode: 000
#requires: nonroot
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-unreadable\.ko: error: .*(Permission denied|cannot (open|read))
