# A klp symbol that still names a source file (the ld plugin's name for
# a KLP_SYMFILE annotation): klp-convert never resolved it.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.state_show,@kernel/power/main.c"
#arch: x86_64
#edit: rename-section .rela.text .klp.rela.vmlinux..text
#edit: shdr .klp.rela.vmlinux..text sh_flags 0x100042
#edit: sym .klp.sym.vmlinux.state_show,@kernel/power/main.c st_shndx 0xff20
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*symbol-symfile\.ko: error: klp symbol '\.klp\.sym\.vmlinux\.state_show,@kernel/power/main\.c' \(used in '\.klp\.rela\.vmlinux\.\.text'\) still names a source file: klp-convert never replaced ',@kernel/power/main\.c' with a position .*\("livepatch: symbol \.klp\.sym\.vmlinux\.state_show,@kernel/power/main\.c has an incorrectly formatted name"\)$
