# x86_64: the bytes a klp relocation patches must be zero
# ("Skipping invalid relocation target, existing value is nonzero").
# The module is converted, then the call's field is overwritten.
#source: nonzero.S
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: bytes .text 1 04030201
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*x86-nonzero\.ko: error: relocation at '\.text'\+0x1 against '\.klp\.sym\.vmlinux\.cpu_show,0': the 4 bytes at its target are not zero, and the kernel's x86_64 loader refuses such klp relocations \("module: x86/modules: Skipping invalid relocation target, existing value is nonzero for type 4"\)$
