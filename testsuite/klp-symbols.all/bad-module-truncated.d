# A module cut in half.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: truncate mods/fake-mod.ko 50%
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: truncated or corrupt ELF file: the section header table ends beyond the end of the file$
#stderr-lines: 1
#status: 1
