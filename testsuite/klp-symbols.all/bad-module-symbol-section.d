# A symbol whose section index is out of range.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: edit mods/fake-mod.ko sym fm_plain st_shndx 200
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: symbol 'fm_plain' has a corrupt section index 200$
#stderr-lines: 1
#status: 1
