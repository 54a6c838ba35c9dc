# A module file foo,bar.ko without modinfo name=: kbuild turns ',' into
# '_' too, so the object is foo_bar.
#setup: copy $kernel/no-name.ko mods/foo,bar.ko
#symbols: --modules-dir $tmpdir/mods -o $output
klp-symbols-map\t1
object\tfoo_bar
t\tnoname_fn\t-\t-
