# A System.map lists vmlinux only: the klp symbols of mymod cannot be
# resolved, which is a warning (said once for the object), not a
# problem.
#source: lp.c
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#klp-check: --system-map $srcdir/$subdir/System.map
#stderr-lines: 1
#warning: ^klp-check: [^ ]*system-map\.ko: warning: cannot resolve the klp symbols of object 'mymod' \(the first is '\.klp\.sym\.mymod\.mymod_helper,0'\): '[^']*System\.map' has no symbols of 'mymod' \(the list has vmlinux only
