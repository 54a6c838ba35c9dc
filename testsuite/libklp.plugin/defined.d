# An annotation pointing at a symbol the object defines fails the link.
#source: defined.c
#ld: -r -plugin $KLP_PLUGIN
#status: 1
#error: ^[^ ]*ld[.a-z]*: error: libklp: [^ ]*/defined\.o: annotation section '\.klp\.module_relocs\.vmlinux': the entry at offset 0 names 'state_show', which this object defines: an annotation must name a symbol of the patched object, declared 'extern'$
