# A section alignment of 2^40: libelf would pad the output to terabytes.
# Refused with an error naming the section, exit status 1, no output,
# the input unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: shdr .text sh_addralign 0x10000000000
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-align\.ko: error: section '\.text' has an invalid alignment 0x10000000000
