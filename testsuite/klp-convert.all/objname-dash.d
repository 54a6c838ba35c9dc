# An object name with '-': kbuild names the module with '_' instead
# (foo-bar.ko is object foo_bar), so the name is likely wrong: a warning,
# and the conversion is done as asked.
#source: objname.c -DOBJ=foo-bar
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#warning: ^klp-convert: .*objname-dash\.ko: warning: .*foo-bar
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.foo-bar\.state_show,1
#pass
