# A section alignment that is not a power of two.
#source: basic.c
#arch: x86_64
#edit: shdr .data sh_addralign 12
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-align-odd\.ko: error: section '\.data' has an invalid alignment 0xc
