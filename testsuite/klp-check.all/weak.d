# A weak undefined symbol is fine: the loader leaves it 0.
#source: uses.c -DWEAK
#arch: x86_64
#klp-check: --symbols $srcdir/$subdir/symbols.map
