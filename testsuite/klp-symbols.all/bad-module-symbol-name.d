# A symbol whose name is outside the string table.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: edit mods/fake-mod.ko sym fm_plain st_name 0x7fffffff
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: symbol [0-9]+ has a corrupt name offset 2147483647$
#stderr-lines: 1
#status: 1
