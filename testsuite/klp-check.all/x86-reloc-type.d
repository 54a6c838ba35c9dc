# x86_64: a klp relocation of a type the kernel's loader does not apply
# (R_X86_64_GOTPCREL, 9).
#source: nonzero.S
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: rela .klp.rela.vmlinux..text 0 r_type 9
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*x86-reloc-type\.ko: error: relocation at '\.text'\+0x1 against '\.klp\.sym\.vmlinux\.cpu_show,0' has type R_X86_64_GOTPCREL \(9\), which the kernel's x86_64 module loader cannot apply \("module: x86_reloc_type: Unknown rela relocation: 9"
