# A klp relocation section without SHF_RELA_LIVEPATCH (flags
# SHF_ALLOC|SHF_INFO_LINK): the module loader would apply it as an
# ordinary relocation section.
#source: lp.c
#arch: x86_64 s390x
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: shdr .klp.rela.vmlinux..text sh_flags 0x42
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*klp-flags\.ko: error: klp relocation section '\.klp\.rela\.vmlinux\.\.text' lacks the flag SHF_RELA_LIVEPATCH: the kernel would apply it as an ordinary relocation section when the module loads$
