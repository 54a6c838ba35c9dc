# An xz module whose decoder needs more memory (8 MiB: a file made by
# 'xz -6') than --decompress-limit allows: an error, asked of liblzma
# before it allocates.
#requires: xz
#setup: compress xz $kernel/drivers/fake-mod.ko mods/fake-mod.ko.xz
#symbols: --modules-dir $tmpdir/mods --decompress-limit=4M -o $output
#error: ^klp-symbols: .*/mods/fake-mod\.ko\.xz: error: the xz decoder's memory exceeds the decompression limit of 4 MiB: not a kernel module$
#stderr-lines: 1
#status: 1
