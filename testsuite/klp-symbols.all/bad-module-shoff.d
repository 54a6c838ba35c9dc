# Section headers beyond the end of the file.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: edit mods/fake-mod.ko ehdr e_shoff 0x7fffffff
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: .*$
#stderr-lines: 1
#status: 1
