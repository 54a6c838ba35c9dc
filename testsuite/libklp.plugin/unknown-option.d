# An unknown -plugin-opt is an error that names the known ones.
#source: a.c
#ld: -r -plugin $KLP_PLUGIN -plugin-opt=frobnicate
#status: 1
#error: ^[^ ]*ld[.a-z]*: error: libklp: unknown option 'frobnicate' \(known: verbose, save-temps, no-convert, kbuild, symbols=FILE, symvers=FILE\)$
