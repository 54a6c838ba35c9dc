# A module file whose name has 56 characters ("o" times 56): no klp
# symbol can name that object (".klp.sym.%55[^.]"): an error, no map.
#setup: copy $kernel/no-name.ko mods/oooooooooooooooooooooooooooooooooooooooooooooooooooooooo.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: [^ ]*/mods/o{56}\.ko: error: module name 'o{56}' is longer than 55 characters$
#stderr-lines: 1
#status: 1
