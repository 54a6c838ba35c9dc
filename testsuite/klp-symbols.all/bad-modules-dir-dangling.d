# A *.ko symbolic link of a modules directory that leads nowhere (a
# module removed, RHEL's weak-updates after a kernel's removal): an
# error, not a silent skip, with or without -v; '--skip-broken-links'
# makes it a warning (modules-dir-skip-broken.d).
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: symlink ../gone/other-mod.ko mods/other-mod.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/other-mod\.ko: error: dangling symbolic link to '\.\./gone/other-mod\.ko'$
#error: ^klp-symbols: error: 1 module file cannot be read \(see above\); '--skip-broken-links' leaves such files out of the map$
#stderr-lines: 2
#status: 1
