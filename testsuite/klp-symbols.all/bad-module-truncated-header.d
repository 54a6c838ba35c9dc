# A module cut inside its ELF header.
#setup: copy $kernel/drivers/fake-mod.ko mods/fake-mod.ko
#setup: truncate mods/fake-mod.ko 40
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/fake-mod.ko: error: truncated or corrupt ELF file: .*$
#stderr-lines: 1
#status: 1
