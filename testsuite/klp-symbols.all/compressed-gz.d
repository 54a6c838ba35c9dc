# Modules compressed with gzip give the same map as the plain ones.
#arch: x86_64 s390x
#requires: gzip
#setup: compress gzip $kernel/drivers/fake-mod.ko mods/fake-mod.ko.gz
#setup: compress gzip $kernel/drivers/other-mod.ko mods/other-mod.ko.gz
#setup: compress gzip $kernel/no-name.ko mods/no-name.ko.gz
#setup: compress gzip $kernel/livepatch-test.ko mods/livepatch-test.ko.gz
#symbols: --modules-dir $tmpdir/mods -o $output
#expect: modules.map
