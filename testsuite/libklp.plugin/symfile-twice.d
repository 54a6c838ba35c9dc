# One object gives state_show both a position and a file: the plugin has
# no map to tell whether they agree, and fails the link.
#source: symfile-twice.c
#ld: -r -plugin $KLP_PLUGIN
#status: 1
#error: ^[^ ]*ld[.a-z]*: error: libklp: [^ ]*/symfile-twice\.o: 'state_show' is annotated twice with different targets: 
#error: position 1 in 'vmlinux' \(section '\.klp\.module_relocs\.vmlinux', offset 0\)
#error: file 'kernel/power/main\.c' in 'vmlinux' \(section '\.klp\.module_files\.vmlinux', offset 0\)
#error: one object must give a symbol one position or one file$
