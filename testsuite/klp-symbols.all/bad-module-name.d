# A modinfo name= that no klp symbol can carry.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: edit mods/fake-mod.ko bytes .modinfo 9 2e
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: module name 'fake.mod' contains '\.'$
#stderr-lines: 1
#status: 1
