# A file needs a symbol map to become a position.
#source: symfile.c
#arch: x86_64
#convert:
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*symfile-nomap\.ko: error: symbol 'state_show' \(used in '\.text'\): KLP_SYMFILE\(state_show, "kernel/power/main\.c"\) .*needs a symbol map with source files
