# A 32-bit object (ELFCLASS32): kernel modules of the supported
# architectures are 64-bit.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: elf32.s -m32
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-elf32\.ko: error: .*(ELF32|32-bit|class)
