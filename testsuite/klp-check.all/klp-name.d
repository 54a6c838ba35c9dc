# A klp relocation section whose name the kernel cannot parse (no dot
# after the object): the kernel's own message is quoted.
#source: lp.c
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: rename-section .klp.rela.vmlinux..text .klp.rela.vmlinux
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-check: [^ ]*klp-name\.ko: error: klp relocation section '\.klp\.rela\.vmlinux': the kernel cannot parse its name: .*\("livepatch: section \.klp\.rela\.vmlinux has an incorrectly formatted name"\)$
