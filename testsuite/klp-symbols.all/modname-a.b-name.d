# The same file a.b.ko, with the modinfo name=fake_mod that modpost
# writes: the kernel knows the module by that name, which is the map's.
#setup: copy $kernel/drivers/fake-mod.ko mods/a.b.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#...
object\tfake_mod
#...
