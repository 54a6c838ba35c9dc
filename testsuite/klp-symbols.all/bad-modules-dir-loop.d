# *.ko symbolic links of a modules directory that loop: each is
# reported, in name order.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: symlink b.ko mods/a.ko
#setup: symlink a.ko mods/b.ko
#symbols: --modules-dir $tmpdir/mods -o $output -v
#error: ^klp-symbols: .*/mods/a\.ko: error: cannot follow the symbolic link: Too many levels of symbolic links$
#error: ^klp-symbols: .*/mods/b\.ko: error: cannot follow the symbolic link: Too many levels of symbolic links$
#error: ^klp-symbols: error: 2 module files cannot be read \(see above\); '--skip-broken-links' leaves such files out of the map$
#stderr-lines: 3
#status: 1
