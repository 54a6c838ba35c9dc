# An empty module file.
#setup: write mods/fake-mod.ko ""
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: empty file: not an ELF file$
#stderr-lines: 1
#status: 1
