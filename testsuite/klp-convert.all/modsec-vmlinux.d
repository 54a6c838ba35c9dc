# A module-specific klp section may not use a vmlinux symbol (the kernel:
# "invalid access to vmlinux symbol ... from module-specific livepatch
# relocation section").  The fixture is a module that another tool
# converted wrongly: modsec.c calls ".klp.sym.vmlinux.cpu_show,0"; its
# .rela.text is renamed .klp.rela.mymod..text and given the klp flags,
# and the symbol is made SHN_LIVEPATCH, by the #edit: lines.
#source: modsec.c
#arch: x86_64 s390x
#edit: rename-section .rela.text .klp.rela.mymod..text
#edit: shdr .klp.rela.mymod..text sh_flags 0x100042
#edit: sym .klp.sym.vmlinux.cpu_show,0 st_shndx 0xff20
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*modsec-vmlinux\.ko: error: .*\.klp\.rela\.mymod\.\.text
#error: vmlinux
