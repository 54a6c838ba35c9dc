# With --verbose, klp-check says what it found right: the export, each
# klp symbol resolved, and that it found no problem, with what it checked
# against which target (lp.c converted: 4 klp symbols in .klp.rela.vmlinux..text
# and .klp.rela.mymod..text).
#source: lp.c
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#klp-check: --verbose --kallsyms $srcdir/$subdir/target.kallsyms
#stderr-lines: 6
#error: ^klp-check: [^ ]*good-verbose\.ko: 'printk' is exported: the module loader resolves it$
#error: ^klp-check: [^ ]*good-verbose\.ko: '\.klp\.sym\.vmlinux\.state_show,2' resolves: 'vmlinux' has 2 'state_show' in '[^']*target\.kallsyms'$
#error: ^klp-check: [^ ]*good-verbose\.ko: '\.klp\.sym\.mymod\.dup_sym,2' resolves: 'mymod' has 2 'dup_sym'
#error: ^klp-check: [^ ]*good-verbose\.ko: no problem found: 4 klp symbols and 2 klp relocation sections checked against '[^']*/target\.kallsyms'$
