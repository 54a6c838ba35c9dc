# A file needs a symbol map to become a position.
#source: symfile.c
#arch: x86_64
#convert:
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/symfile-nomap\.ko: error: symbol 'state_show' \(used in '\.text'\): KLP_SYMFILE\(state_show, "kernel/power/main\.c"\) from annotation in '\.klp\.module_files\.vmlinux' needs the target kernel's symbol map with source files \(the klp-symbols\(5\) format\) to find its position: give one with -s MAP$
