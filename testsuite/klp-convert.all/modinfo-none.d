# A module without any .modinfo section.
#source: modinfo.c -DNO_MODINFO
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*modinfo-none\.ko: error: .*livepatch
