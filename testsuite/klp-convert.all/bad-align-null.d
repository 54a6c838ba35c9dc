# An SHT_NULL section with an alignment of 2^32: it is written too, so
# its alignment is refused like any other (found by fuzz-convert: libelf
# padded the output to gigabytes).
#source: basic.c
#arch: x86_64
#edit: shdr .comment sh_type 0
#edit: shdr .comment sh_addralign 0x100000000
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-align-null\.ko: error: section '\.comment' has an invalid alignment 0x100000000
