# With --verbose and a symbol map, the last line says how many klp
# symbols and klp relocation sections were checked against which map;
# the exit status stays 0.  lp.c converted with the map has the klp
# symbols state_show,2, cpu_show,0 (vmlinux), mymod_helper,0 and
# dup_sym,2 (mymod), in .klp.rela.vmlinux..text and .klp.rela.mymod..text.
#source: lp.c
#arch: x86_64 s390x ppc64le aarch64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#klp-check: --verbose --symbols $srcdir/$subdir/symbols.map
#error: ^klp-check: [^ ]*summary-map\.ko: no problem found: 4 klp symbols and 2 klp relocation sections checked against '[^']*/klp-check\.all/symbols\.map'$
