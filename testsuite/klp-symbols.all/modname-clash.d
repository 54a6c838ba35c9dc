# foo-bar.ko and foo_bar.ko are both the module foo_bar for the kernel:
# a map cannot have it twice.
#setup: copy $kernel/no-name.ko mods/foo-bar.ko
#setup: copy $kernel/no-name.ko mods/foo_bar.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: [^ ]*/mods/foo[-_]bar\.ko: error: module 'foo_bar' is also in '[^']*/mods/foo[-_]bar\.ko'$
#stderr-lines: 1
#status: 1
