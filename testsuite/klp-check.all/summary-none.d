# A livepatch module that needs no klp relocation (it calls the export
# printk only): with --verbose the summary says so, against the
# System.map it was checked against.
#source: uses.c
#arch: x86_64
#klp-check: --verbose --system-map $srcdir/$subdir/System.map -m $srcdir/$subdir/Module.symvers
#error: ^klp-check: [^ ]*summary-none\.ko: no problem found: 0 klp symbols and 0 klp relocation sections checked against '[^']*/klp-check\.all/System\.map'$
