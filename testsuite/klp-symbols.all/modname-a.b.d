# A module file a.b.ko without modinfo name=: the kernel knows it as
# "a.b" (KBUILD_MODNAME keeps the '.'), a name that no klp symbol can
# carry (".klp.sym.%55[^.]"): an error, no map.
#setup: copy $kernel/no-name.ko mods/a.b.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: [^ ]*/mods/a\.b\.ko: error: module name 'a\.b' contains '\.'$
#stderr-lines: 1
#status: 1
