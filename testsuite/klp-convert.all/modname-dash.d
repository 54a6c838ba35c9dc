# The module file modname-dash.ko, without modinfo name=: kbuild turns
# '-' into '_', and the kernel knows the module as "modname_dash".
#source: modinfo.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/modname-dash\.ko: error: section '\.modinfo' has no 'livepatch=Y': the kernel keeps the symbol table that klp relocations need only for livepatch modules \("livepatch: module modname_dash is not marked as a livepatch module"; add MODULE_INFO\(livepatch, "Y"\), or use --no-modinfo-check\)$
