# The kernel patchset's map format: an object name of 56 characters
# ("o" times 56), which no klp symbol can carry (".klp.sym.%55[^.]").
# Exit status 1, one error line "FILE:LINE: error:", no output.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map-objname-long.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/bad-map-objname-long\.klp:4: error: object name 'o{56}' is longer than 55 characters$
