# A module-specific klp relocation section (.klp.rela.mymod..text) may
# not use a vmlinux symbol.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.cpu_show,0"
#arch: x86_64 s390x
#edit: rename-section .rela.text .klp.rela.mymod..text
#edit: shdr .klp.rela.mymod..text sh_flags 0x100042
#edit: sym .klp.sym.vmlinux.cpu_show,0 st_shndx 0xff20
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*modsec-vmlinux\.ko: error: module-specific klp relocation section '\.klp\.rela\.mymod\.\.text' uses vmlinux symbol '\.klp\.sym\.vmlinux\.cpu_show,0' \(1 relocation against vmlinux symbols\): the kernel refuses it \("livepatch: invalid access to vmlinux symbol 'cpu_show' from module-specific livepatch relocation section"\)
