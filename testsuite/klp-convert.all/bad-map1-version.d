# klp-symbols(5): an unknown version of the format (2): named in the message.
# Exit status 1, one error line "FILE:LINE: error:", no output.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map1-version.map
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-map1-version\.map:1: error: .*\m2\M
