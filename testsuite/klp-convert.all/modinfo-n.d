# "livepatch=N" is not "livepatch=Y".
#source: modinfo.c -DMODINFO_LIVEPATCH="N"
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*modinfo-n\.ko: error: .*livepatch
