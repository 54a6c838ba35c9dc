# modules.order relative to --modules-dir, whose modules are compressed:
# "drivers/fake-mod.ko" is found as drivers/fake-mod.ko.xz.
#requires: xz
#setup: compress xz $kernel/drivers/fake-mod.ko mods/drivers/fake-mod.ko.xz
#setup: compress xz $kernel/drivers/other-mod.ko mods/drivers/other-mod.ko.xz
#setup: copy $kernel/no-name.ko mods/no-name.ko
#setup: copy $kernel/livepatch-test.ko mods/livepatch-test.ko
#symbols: --modules-order $kernel/modules.order --modules-dir $tmpdir/mods -o $output
#expect: modules.map
