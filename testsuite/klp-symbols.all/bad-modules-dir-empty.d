# A modules directory without modules.
#setup: mkdir mods
#setup: write mods/README "nothing\n"
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods: error: no kernel modules \(\*.ko, \*.ko.xz, \*.ko.zst, \*.ko.gz\) in this directory$
#stderr-lines: 1
#status: 1
