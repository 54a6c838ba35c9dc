# A zstd module with less --decompress-limit than the decoder's state is
# charged (a window of 2 MiB and 1 MiB besides): an error.
#requires: zstd
#setup: compress zstd $kernel/drivers/fake-mod.ko mods/fake-mod.ko.zst
#symbols: --modules-dir $tmpdir/mods --decompress-limit=2M -o $output
#error: ^klp-symbols: .*/mods/fake-mod\.ko\.zst: error: the zstd decoder's memory exceeds the decompression limit of 2 MiB: not a kernel module$
#stderr-lines: 1
#status: 1
