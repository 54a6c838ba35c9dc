# An existing klp relocation section without SHF_RELA_LIVEPATCH: the
# kernel would apply it as an ordinary relocation section against symbol
# value 0 (and jump to address 0).  Made like modsec-ok.d, with flags
# SHF_ALLOC|SHF_INFO_LINK only.
#source: modsec.c
#arch: x86_64 s390x
#edit: rename-section .rela.text .klp.rela.vmlinux..text
#edit: shdr .klp.rela.vmlinux..text sh_flags 0x42
#edit: sym .klp.sym.vmlinux.cpu_show,0 st_shndx 0xff20
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*modsec-flags\.ko: error: .*\.klp\.rela\.vmlinux\.\.text
