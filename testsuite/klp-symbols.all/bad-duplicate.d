# Two modules with one name.
#setup: copy $kernel/drivers/fake-mod.ko mods/a/fake-mod.ko
#setup: copy $kernel/drivers/fake-mod.ko mods/b/fake_mod.ko.x
#setup: copy $kernel/drivers/fake-mod.ko mods/b/fake-mod.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/b/fake-mod.ko: error: module 'fake_mod' is also in '.*/mods/a/fake-mod.ko'$
#stderr-lines: 1
#status: 1
