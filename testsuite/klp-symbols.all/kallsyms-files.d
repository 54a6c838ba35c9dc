# A dump with module files and the vmlinux ELF file: the files win (with
# source files), the dump's vmlinux must have the same names (it has),
# its other modules stay.
#arch: x86_64 s390x
#symbols: --kallsyms $srcdir/kallsyms-dump --vmlinux $kernel/vmlinux --modules-dir $kernel -o $output -v
#error: ^klp-symbols: .*kallsyms-dump: module 'fake_mod': using '.*/drivers/fake-mod.ko'$
#error: ^klp-symbols: .*kallsyms-dump: module 'other_mod': using '.*/drivers/other-mod.ko'$
#error: ^klp-symbols: .*livepatch-test.ko: leaving out 'livepatch_test', a livepatch module \(modinfo livepatch=Y\)$
#error: ^klp-symbols: .*out.map: left out 3 symbols whose names a klp symbol cannot carry$
#error: ^klp-symbols: .*out.map: 5 objects, 56 symbols$
#stderr-lines: 9
#expect: kallsyms-files.map
