# A module-specific klp relocation in .static_call_sites: the kernel
# registers the livepatch module's static calls when it loads, before a
# klp relocation for another module can be applied, so it is refused.
#source: special.c -DSECTION=.static_call_sites -DSYMBOL=mymod_helper
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*special-static-call-module\.ko: error: .*\.static_call_sites.*mymod_helper
