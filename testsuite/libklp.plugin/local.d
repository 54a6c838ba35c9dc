# An annotation pointing at a local symbol fails the link.
#source: local.c
#ld: -r -plugin $KLP_PLUGIN
#status: 1
#error: ^[^ ]*ld[.a-z]*: error: libklp: [^ ]*/local\.o: annotation section '\.klp\.module_relocs\.vmlinux': the entry at offset 0x0 refers to a definition in section '\.text', not to a symbol of the patched object
