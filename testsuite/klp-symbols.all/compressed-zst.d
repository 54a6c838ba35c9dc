# Modules compressed with zstd give the same map as the plain ones.
#arch: x86_64 s390x
#requires: zstd
#setup: compress zstd $kernel/drivers/fake-mod.ko mods/fake-mod.ko.zst
#setup: compress zstd $kernel/drivers/other-mod.ko mods/other-mod.ko.zst
#setup: compress zstd $kernel/no-name.ko mods/no-name.ko.zst
#setup: compress zstd $kernel/livepatch-test.ko mods/livepatch-test.ko.zst
#symbols: --modules-dir $tmpdir/mods -o $output
#expect: modules.map
