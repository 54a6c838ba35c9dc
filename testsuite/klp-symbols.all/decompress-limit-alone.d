# --decompress-limit: a budget that holds one decompression at a time
# (the xz decoder of a file made by 'xz -6' needs 8 MiB, zstd's 3 MiB)
# makes the jobs decompress one after another, alone; the map is the
# same.
#requires: xz zstd gzip
#setup: compress xz $kernel/drivers/fake-mod.ko mods/a/fake-mod.ko.xz
#setup: compress zstd $kernel/drivers/other-mod.ko mods/b/other-mod.ko.zst
#setup: compress gzip $kernel/no-name.ko mods/c/no-name.ko.gz
#setup: copy $kernel/livepatch-test.ko mods/livepatch-test.ko
#symbols: --modules-dir $tmpdir/mods -j 3 --decompress-limit=10M -o $output
#expect: modules.map
