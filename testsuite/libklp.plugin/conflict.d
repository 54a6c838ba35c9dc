# One object giving one symbol two positions fails the link, the object,
# the symbol and both entries named; no output and no temporary file is
# left.
#source: a.c
#source: conflict.c
#ld: -r -plugin $KLP_PLUGIN
#status: 1
#error: ^[^ ]*ld[.a-z]*: error: libklp: [^ ]*/conflict\.o: 'state_show' is annotated twice with different targets: position 1 in 'vmlinux' \(section '\.klp\.module_relocs\.vmlinux', offset 0\) and position 2 in 'vmlinux' \(section '\.klp\.module_relocs\.vmlinux', offset 0xc\)
