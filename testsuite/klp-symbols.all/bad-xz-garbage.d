# A .ko.xz file that is not xz data.
#setup: write mods/fake-mod.ko.xz "not xz data\n"
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.xz: error: cannot decompress: not in xz format$
#stderr-lines: 1
#status: 1
