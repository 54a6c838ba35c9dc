# symbols= needs a file, verbose takes none.
#source: a.c
#ld: -r -plugin $KLP_PLUGIN -plugin-opt=symbols -plugin-opt=verbose=yes
#status: 1
#error: ^[^ ]*ld[.a-z]*: error: libklp: option 'symbols' needs a value: -plugin-opt=symbols=FILE$
#error: ^[^ ]*ld[.a-z]*: error: libklp: option 'verbose' takes no value$
