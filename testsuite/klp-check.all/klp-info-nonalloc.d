# The section that a klp relocation section patches (sh_info) must be
# allocated, or the loader skips it: here .text has lost SHF_ALLOC.
#source: lp.c
#arch: x86_64 s390x
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: shdr .text sh_flags 0x4
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-check: [^ ]*klp-info-nonalloc\.ko: error: klp relocation section '\.klp\.rela\.vmlinux\.\.text' patches '\.text', which is not an allocated section: the kernel would never apply it
#error: ^klp-check: [^ ]*klp-info-nonalloc\.ko: error: klp relocation section '\.klp\.rela\.mymod\.\.text' patches '\.text', which is not an allocated section
