# An object name of 56 characters ("o" times 56): the kernel reads at most 55
# (".klp.sym.%55[^.]...").
#source: objname.c -DOBJ=oooooooooooooooooooooooooooooooooooooooooooooooooooooooo
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/objname-long\.ko: error: symbol 'state_show' \(used in '\.text'\): object name 'o{56}' from annotation in '\.klp\.module_relocs\.o{56}' has 56 characters; the kernel reads at most 55$
