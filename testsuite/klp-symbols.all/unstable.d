# A name that an __init function and an ordinary one share has other
# positions while the module loads than once it is loaded: a warning
# (powerpc has no init sections: no warning there).
#arch: x86_64 s390x
#symbols: --modules-dir $extra -o $output
#warning: ^klp-symbols: .*/unstable-mod.ko: warning: 'dup' has 2 symbols while the module loads \(late module patching\) but 1 once it is loaded: their positions differ$
#stderr-lines: 1
#expect: unstable.map
