# A non-exported undefined symbol that no object of the map defines.
#source: not-found.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/not-found\.ko: error: symbol 'no_such_symbol' \(used in '\.text'\) is not exported and not in symbol map '[^']*/symbols\.klp': no object of the target kernel defines it \(if it is exported, give Module\.symvers with -m FILE\)$
