# A modules.order line that is not a module.
#setup: write modules.order "drivers/fake-mod.ko\nREADME.txt\n"
#setup: copy $kernel/drivers/fake-mod.ko drivers/fake-mod.ko
#symbols: --modules-order $tmpdir/modules.order -o $output
#error: ^klp-symbols: .*/modules.order:2: error: 'README.txt' is not a module \(\*.ko or \*.o\)$
#stderr-lines: 1
#status: 1
