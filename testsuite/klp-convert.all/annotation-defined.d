# An annotation of a symbol the module defines: after ld -r the annotated
# call reaches the module's own function, not vmlinux's, which klp-convert
# refuses rather than leave silently wrong code.
#source: annotation-defined-a.c
#source: annotation-defined-b.c
#ld: -r
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*annotation-defined\.ko: error: annotation in '\.klp\.module_relocs\.vmlinux' .* names 'state_show', which the module defines
