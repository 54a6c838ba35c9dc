# A failure leaves an existing map as it was.
#setup: write out.map "old\n"
#setup: write mods/a.ko "not ELF"
#symbols: --modules-dir $tmpdir/mods -o $output
#output: $tmpdir/none
#unchanged: out.map
#error: ^klp-symbols: .*/mods/a.ko: error: not an ELF file$
#stderr-lines: 1
#status: 1
