# A module without modinfo "livepatch=Y" (it has a .modinfo, and the
# string "livepatch=Y" inside another entry, which does not count): the
# kernel would not keep its symbol table, so klp relocations cannot work.
#source: modinfo.c
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*modinfo-missing\.ko: error: .*livepatch
