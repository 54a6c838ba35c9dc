# A module that is not ELF.
#setup: write mods/fake-mod.ko "this is not a module\n"
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: not an ELF file$
#stderr-lines: 1
#status: 1
