# A module without a symbol table.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: edit mods/fake-mod.ko shdr .symtab sh_type 1
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: no symbol table: a stripped module$
#stderr-lines: 1
#status: 1
