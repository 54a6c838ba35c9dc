# --modules-dir may be repeated.
#setup: copy $kernel/drivers/fake-mod.ko one/fake-mod.ko
#setup: copy $kernel/drivers/other-mod.ko two/other-mod.ko
#setup: copy $kernel/no-name.ko two/no-name.ko
#symbols: --modules-dir $tmpdir/one --modules-dir $tmpdir/two -o $output
#expect: modules.map
