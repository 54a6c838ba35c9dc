# Plain and compressed modules in one directory, in subdirectories.
#requires: xz zstd gzip
#setup: compress xz $kernel/drivers/fake-mod.ko mods/a/fake-mod.ko.xz
#setup: compress zstd $kernel/drivers/other-mod.ko mods/b/other-mod.ko.zst
#setup: compress gzip $kernel/no-name.ko mods/c/no-name.ko.gz
#setup: copy $kernel/livepatch-test.ko mods/livepatch-test.ko
#setup: write mods/README "not a module\n"
#symbols: --modules-dir $tmpdir/mods -o $output
#expect: modules.map
