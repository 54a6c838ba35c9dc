# The module file modname-a.b.ko has no modinfo name=: the kernel knows
# it by its KBUILD_MODNAME, the file's name without ".ko" and with '-'
# turned into '_', "modname_a.b" (not "modname_a": the '.' stays).  The
# messages that quote the kernel name the module so.
#source: modinfo.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/modname-a\.b\.ko: error: section '\.modinfo' has no 'livepatch=Y': the kernel keeps the symbol table that klp relocations need only for livepatch modules \("livepatch: module modname_a\.b is not marked as a livepatch module"; add MODULE_INFO\(livepatch, "Y"\), or use --no-modinfo-check\)$
