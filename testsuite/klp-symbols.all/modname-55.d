# A module file whose name has 55 characters ("o" times 55), the most an
# object of a klp symbol may have (".klp.sym.%55[^.]").
#setup: copy $kernel/no-name.ko mods/ooooooooooooooooooooooooooooooooooooooooooooooooooooooo.ko
#symbols: --modules-dir $tmpdir/mods -o $output
klp-symbols-map\t1
object\to{55}
t\tnoname_fn\t-\t-
