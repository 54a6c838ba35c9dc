# A FIFO named like a module in a modules directory, and a symbolic
# link to it: reported, never opened.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: mkfifo mods/fifo.ko
#setup: symlink fifo.ko mods/link.ko.xz
#symbols: --modules-dir $tmpdir/mods -o $output
#timeout: 60
#error: ^klp-symbols: .*/mods/fifo\.ko: error: is not a regular file \(a FIFO\)$
#error: ^klp-symbols: .*/mods/link\.ko\.xz: error: symbolic link to a FIFO, not a module file$
#error: ^klp-symbols: error: 2 module files cannot be read \(see above\); '--skip-broken-links' leaves such files out of the map$
#stderr-lines: 3
#status: 1
