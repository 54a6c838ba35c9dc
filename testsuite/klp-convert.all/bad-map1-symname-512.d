# klp-symbols(5): a symbol name of 512 characters, which no klp symbol
# can carry (".klp.sym.%55[^.].%511[^,],%lu").  Exit status 1, one error
# line "FILE:LINE: error:", no output.
#source: basic.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/bad-map1-symname-512.map
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/bad-map1-symname-512\.map:3: error: symbol name 'a{64}\.\.\.' is longer than 511 characters$
