# A klp symbol whose object name has 56 characters ("o" times 56): the
# kernel's ".klp.sym.%55[^.]" cannot parse it.
#source: klpsym.c -DSYMNAME=".klp.sym.oooooooooooooooooooooooooooooooooooooooooooooooooooooooo.state_show,1"
#arch: x86_64
#edit: rename-section .rela.text .klp.rela.vmlinux..text
#edit: shdr .klp.rela.vmlinux..text sh_flags 0x100042
#edit: sym .klp.sym.oooooooooooooooooooooooooooooooooooooooooooooooooooooooo.state_show,1 st_shndx 0xff20
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*/klpsym-objname-56\.ko: error: klp symbol '\.klp\.sym\.o{56}\.state_show,1' \(used in '\.klp\.rela\.vmlinux\.\.text'\): the kernel cannot parse its name: expected '\.klp\.sym\.<object>\.<name>,<position>' with an object of at most 55 characters without '\.', a name of at most 511 characters without ',' \("livepatch: symbol \.klp\.sym\.o{56}\.state_show,1 has an incorrectly formatted name"\)$
