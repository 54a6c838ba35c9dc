# --verbose prints one note per klp relocation section and symbol: the
# two calls to cpu_show make one line, the call to mymod_helper and the
# pointer in .data (.data.rel on ppc64le) one each.
#source: verbose.c
#arch: x86_64 s390x ppc64le aarch64
#convert: --verbose --symbols $srcdir/$subdir/symbols.klp
#stderr-lines: 3
#error: ^klp-convert: .*verbose\.ko: \.klp\.rela\.vmlinux\.\.text: 2 relocations against 'cpu_show' as '\.klp\.sym\.vmlinux\.cpu_show,0' \(unique in the symbol map\)$
#error: ^klp-convert: .*verbose\.ko: \.klp\.rela\.mymod\.\.text: 1 relocation against 'mymod_helper' as '\.klp\.sym\.mymod\.mymod_helper,0' \(unique in the symbol map\)$
#error: ^klp-convert: .*verbose\.ko: \.klp\.rela\.vmlinux\.\.data(\.rel)?: 1 relocation against 'cpu_show' as '\.klp\.sym\.vmlinux\.cpu_show,0' \(unique in the symbol map\)$
