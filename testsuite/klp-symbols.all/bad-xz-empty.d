# An empty .ko.xz file.
#setup: write mods/fake-mod.ko.xz ""
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.xz: error: cannot decompress: empty file, not xz data$
#stderr-lines: 1
#status: 1
