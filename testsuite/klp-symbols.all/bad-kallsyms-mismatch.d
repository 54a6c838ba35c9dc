# A dump of another kernel than the vmlinux given.
#setup: write kallsyms "0000000000100000 T _text\n0000000000100010 t other\n"
#symbols: --kallsyms $tmpdir/kallsyms --vmlinux $kernel/vmlinux -o $output
#error: ^klp-symbols: .*/kallsyms: error: vmlinux's symbol 1 is '_text', but 'pm_early' in '.*/vmlinux': not the same kernel$
#stderr-lines: 1
#status: 1
