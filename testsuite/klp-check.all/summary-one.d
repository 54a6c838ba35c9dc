# The summary in the singular: one klp symbol (cpu_show,0, called twice)
# in one klp relocation section.
#source: uses.c -DUSE1=cpu_show -DUSE2=cpu_show
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#klp-check: --verbose --symbols $srcdir/$subdir/symbols.map
#stderr-lines: 2
#error: ^klp-check: [^ ]*summary-one\.ko: '\.klp\.sym\.vmlinux\.cpu_show,0' resolves: 
#error: ^klp-check: [^ ]*summary-one\.ko: no problem found: 1 klp symbol and 1 klp relocation section checked against '[^']*/klp-check\.all/symbols\.map'$
