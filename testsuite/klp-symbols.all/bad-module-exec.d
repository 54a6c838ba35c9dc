# An executable named like a module.
#setup: copy $kernel/vmlinux mods/vmlinux.ko
#symbols: --modules-dir $tmpdir/mods -o $output
#error: ^klp-symbols: .*/mods/vmlinux.ko: error: not a kernel module: ELF type 2, expected a relocatable object \(ET_REL\)$
#stderr-lines: 1
#status: 1
