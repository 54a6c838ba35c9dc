# x86_64: a klp relocation of a type the kernel's module loader does not
# apply (GOTPCRELX, from -fpic code).
#source: x86-reloc-type.c -fpic -mcmodel=small
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*x86-reloc-type\.ko: error: .*kernel_data.*(R_X86_64_REX_GOTPCRELX|type 42)
