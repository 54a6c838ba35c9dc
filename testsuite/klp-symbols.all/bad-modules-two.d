# Every bad module is reported, in the order of the file names.
#setup: write mods/a.ko "not ELF"
#setup: copy $kernel/drivers/fake-mod.ko mods/b.ko
#setup: write mods/c.ko ""
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/a.ko: error: not an ELF file\nklp-symbols: .*/mods/c.ko: error: empty file: not an ELF file$
#stderr-lines: 2
#status: 1
