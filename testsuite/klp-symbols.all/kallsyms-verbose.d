# -v says what a dump leaves out.
#symbols: --kallsyms $srcdir/kallsyms-dump -o $output -v
#error: ^klp-symbols: .*kallsyms-dump: leaving out the symbols of '\[bpf\]', not a module$
#error: ^klp-symbols: .*kallsyms-dump: leaving out a second block of symbols of 'dumponly' \(ftrace's records of its freed init functions\)$
#error: ^klp-symbols: .*kallsyms-dump: leaving out 'livepatch_x', a livepatch module$
#error: ^klp-symbols: .*kallsyms-dump: leaving out the symbols of '\[__builtin__kprobes\]', not a module$
#error: ^klp-symbols: .*out.map: left out 1 symbol whose name a klp symbol cannot carry$
#error: ^klp-symbols: .*out.map: 4 objects, 55 symbols$
#stderr-lines: 6
#expect: kallsyms.map
