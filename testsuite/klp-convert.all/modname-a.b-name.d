# The same module file name as modname-a.b.d, with the modinfo name=ab
# that modpost writes: the kernel knows the module by that name.
#source: modinfo.c -DMODINFO_NAME="ab"
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/modname-a\.b-name\.ko: error: section '\.modinfo' has no 'livepatch=Y': the kernel keeps the symbol table that klp relocations need only for livepatch modules \("livepatch: module ab is not marked as a livepatch module"; add MODULE_INFO\(livepatch, "Y"\), or use --no-modinfo-check\)$
