# A module that cannot be read.
#requires: nonroot
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: chmod 000 mods/fake-mod.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: cannot open: Permission denied$
#stderr-lines: 1
#status: 1
