# --skip-broken-links: what is named like a module file but is not one
# is left out with a warning each (without -v), and the map is written
# from the rest.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: symlink ../gone/other-mod.ko mods/other-mod.ko
#setup: symlink loop.ko mods/loop.ko
#setup: mkfifo mods/fifo.ko
#symbols: --modules-dir $tmpdir/mods --skip-broken-links -o $output
#timeout: 60
#warning: ^klp-symbols: .*/mods/fifo\.ko: warning: is not a regular file \(a FIFO\), left out$
#warning: ^klp-symbols: .*/mods/loop\.ko: warning: cannot follow the symbolic link: Too many levels of symbolic links, left out$
#warning: ^klp-symbols: .*/mods/other-mod\.ko: warning: dangling symbolic link to '\.\./gone/other-mod\.ko', left out$
#stderr-lines: 3
#status: 0
klp-symbols-map	1
object	fake_mod
#...
