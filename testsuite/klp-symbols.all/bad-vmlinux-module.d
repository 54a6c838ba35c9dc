# A module given as vmlinux.
#symbols: --vmlinux $kernel/drivers/fake-mod.ko -o $output
#error: ^klp-symbols: .*/fake-mod.ko: error: not a vmlinux: ELF type 1, expected an executable \(ET_EXEC or ET_DYN\)$
#stderr-lines: 1
#status: 1
