# A symbolic link named like a module to a character device (a private
# copy of /dev/zero, made with mknod: root only), and to a directory.
#requires: root
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: mknod dev/zero c 1 5
#setup: mkdir dir
#setup: symlink ../dev/zero mods/zero.ko
#setup: symlink ../dir mods/dir.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#timeout: 60
#error: ^klp-symbols: .*/mods/dir\.ko: error: symbolic link to a directory, not a module file$
#error: ^klp-symbols: .*/mods/zero\.ko: error: symbolic link to a character device, not a module file$
#error: ^klp-symbols: error: 2 module files cannot be read \(see above\); '--skip-broken-links' leaves such files out of the map$
#stderr-lines: 3
#status: 1
