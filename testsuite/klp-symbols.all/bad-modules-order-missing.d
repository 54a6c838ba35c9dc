# A module that modules.order lists but does not exist.
#setup: write modules.order "drivers/fake-mod.ko\n\ndrivers/gone.ko\n"
#setup: copy $kernel/drivers/fake-mod.ko drivers/fake-mod.ko
#symbols: --modules-order $tmpdir/modules.order -o $output
#error: ^klp-symbols: .*/modules.order:3: error: module 'drivers/gone.ko' not found$
#stderr-lines: 1
#status: 1
