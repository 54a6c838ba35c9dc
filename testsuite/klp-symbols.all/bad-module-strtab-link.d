# A symbol table whose string table index is wrong.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: edit mods/fake-mod.ko shdr .symtab sh_link 1
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: the symbol table's string table \(section 1\) is not a string table$
#stderr-lines: 1
#status: 1
