# A klp symbol without ",<position>": the kernel cannot parse its name.
# Made from klpsym.c by hand-converting it: .rela.text renamed
# .klp.rela.vmlinux..text with the klp flags, the symbol SHN_LIVEPATCH.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.cpu_show"
#arch: x86_64 s390x
#edit: rename-section .rela.text .klp.rela.vmlinux..text
#edit: shdr .klp.rela.vmlinux..text sh_flags 0x100042
#edit: sym .klp.sym.vmlinux.cpu_show st_shndx 0xff20
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*symbol-name\.ko: error: klp symbol '\.klp\.sym\.vmlinux\.cpu_show' \(used in '\.klp\.rela\.vmlinux\.\.text'\): the kernel cannot parse its name: .*\("livepatch: symbol \.klp\.sym\.vmlinux\.cpu_show has an incorrectly formatted name"\)$
