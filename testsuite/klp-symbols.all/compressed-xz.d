# Modules compressed with xz give the same map as the plain ones.
#arch: x86_64 s390x
#requires: xz
#setup: compress xz $kernel/drivers/fake-mod.ko mods/fake-mod.ko.xz
#setup: compress xz $kernel/drivers/other-mod.ko mods/other-mod.ko.xz
#setup: compress xz $kernel/no-name.ko mods/no-name.ko.xz
#setup: compress xz $kernel/livepatch-test.ko mods/livepatch-test.ko.xz
#symbols: --modules-dir $tmpdir/mods -o $output
#expect: modules.map
