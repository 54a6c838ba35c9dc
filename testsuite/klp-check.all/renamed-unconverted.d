# Linked with the libklp plugin but never converted (-plugin-opt=no-convert,
# or a final link without the plugin): the renamed symbols are ordinary
# undefined symbols, which the module loader refuses.
#source: lp.c
#source: part.c
#ld: -r -plugin $KLP_PLUGIN -plugin-opt=no-convert
#requires: plugin
#arch: x86_64
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-check: [^ ]*renamed-unconverted\.ko: error: annotation section '\.klp\.module_relocs\.(vmlinux|mymod)' is still in the module
#error: ^klp-check: [^ ]*renamed-unconverted\.ko: error: symbol '\.klp\.sym\.vmlinux\.state_show,1' has a klp symbol name but is an ordinary undefined symbol, not SHN_LIVEPATCH: the libklp ld plugin renamed it and the module was never converted, and the module loader refuses the module \("renamed_unconverted: Unknown symbol \.klp\.sym\.vmlinux\.state_show,1 \(err -2\)"\)
#error: ^klp-check: [^ ]*renamed-unconverted\.ko: error: symbol '\.klp\.sym\.vmlinux\.state_show,2' has a klp symbol name
