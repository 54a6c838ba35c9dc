# A .ko.xz file whose contents are not ELF.
#requires: xz
#setup: write plain "not ELF\n"
#setup: compress xz plain mods/fake-mod.ko.xz
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko.xz: error: not an ELF file$
#stderr-lines: 1
#status: 1
