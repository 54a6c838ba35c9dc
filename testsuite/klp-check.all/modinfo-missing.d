# Converted with --no-modinfo-check, the module has no livepatch=Y: the
# loader would not keep its symbol table, and the livepatch core refuses
# it.
#source: lp.c -DNO_LIVEPATCH_MODINFO
#arch: x86_64 s390x
#preconvert: --no-modinfo-check --symbols $srcdir/$subdir/symbols.map
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*modinfo-missing\.ko: error: section '\.modinfo' has no 'livepatch=Y': .*\("livepatch: module modinfo_missing is not marked as a livepatch module"; add MODULE_INFO\(livepatch, "Y"\)\)$
