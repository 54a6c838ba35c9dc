# One object annotating one symbol for two target objects fails too.
#source: conflict-objects.c
#ld: -r -plugin $KLP_PLUGIN
#status: 1
#error: ^[^ ]*ld[.a-z]*: error: libklp: [^ ]*/conflict-objects\.o: 'state_show' is annotated twice with different targets: position 1 in '(vmlinux|mymod)' \(section '\.klp\.module_relocs\.(vmlinux|mymod)', offset 0\) and position 1 in '(vmlinux|mymod)' \(section '\.klp\.module_relocs\.(vmlinux|mymod)', offset 0\)
