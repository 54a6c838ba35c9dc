# Two objects linked by a plain 'ld -r', as a linker that ignores the
# libklp plugin (ld.lld, mold) links them: the annotations were never
# applied.  klp-check names that cause, and the symbols they name.
#source: lp.c
#source: part.c
#ld: -r
#arch: x86_64 s390x
#klp-check: --kallsyms $srcdir/$subdir/target.kallsyms
#status: 1
#error: ^klp-check: [^ ]*never-applied\.ko: error: annotation section '\.klp\.module_relocs\.(vmlinux|mymod)' is still in the module: its KLP_SYMPOS/KLP_SYMFILE annotations were never applied, so the module was never converted \(was it linked by a linker that ignores the libklp ld plugin, such as ld\.lld or mold
#error: ^klp-check: [^ ]*never-applied\.ko: error: symbol 'state_show' is annotated \(KLP_SYMPOS\(state_show, [12]\) in '\.klp\.module_relocs\.vmlinux'\) but is still an ordinary undefined symbol: the annotations were never applied
#error: "never_applied: Unknown symbol state_show \(err -2\)"
