# -plugin-opt=verbose says what was renamed and how each object was
# handed back to ld.
#source: a.c
#source: plain1.c
#ld: -r -plugin $KLP_PLUGIN -plugin-opt=verbose
#warning: ^(libklp|[^ ]*ld[.a-z]*: libklp): [^ ]*/a\.o: 'state_show' becomes '\.klp\.sym\.vmlinux\.state_show,1'$
#warning: ^(libklp|[^ ]*ld[.a-z]*: libklp): [^ ]*/a\.o: rewritten as '[^']*/verbose\.[a-z]+\.ko\.klp-1\.o'$
#warning: ^(libklp|[^ ]*ld[.a-z]*: libklp): [^ ]*/plain1\.o: passed through unchanged, to keep the link order$
