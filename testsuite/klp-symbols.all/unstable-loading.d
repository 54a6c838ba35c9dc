# The same warning with --module-table=loading.
#symbols: --modules-dir $extra --module-table=loading -o $output
#warning: ^klp-symbols: .*/unstable-mod.ko: warning: 'dup' has 2 symbols while the module loads \(late module patching\) but 1 once it is loaded: their positions differ$
#stderr-lines: 1
#expect: unstable-loading.map
