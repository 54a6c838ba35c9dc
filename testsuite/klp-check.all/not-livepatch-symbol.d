# A klp relocation against a symbol that is not SHN_LIVEPATCH: the
# livepatch core refuses it, and the loader, which sees an ordinary
# undefined symbol, refuses the module first.
#source: lp.c
#arch: x86_64 s390x
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: sym .klp.sym.vmlinux.cpu_show,0 st_shndx 0
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 2
#error: ^klp-check: [^ ]*not-livepatch-symbol\.ko: error: symbol '\.klp\.sym\.vmlinux\.cpu_show,0' has a klp symbol name but is an ordinary undefined symbol, not SHN_LIVEPATCH
#error: ^klp-check: [^ ]*not-livepatch-symbol\.ko: error: klp relocation section '\.klp\.rela\.vmlinux\.\.text': the relocation at offset 0x[0-9a-f]+ uses '\.klp\.sym\.vmlinux\.cpu_show,0', which is not a livepatch symbol \("livepatch: symbol \.klp\.sym\.vmlinux\.cpu_show,0 is not marked as a livepatch symbol"\)$
