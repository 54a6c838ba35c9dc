# -v: what is left out, and a summary.
#symbols: --modules-dir $kernel -o $output -v
#error: ^klp-symbols: .*/livepatch-test.ko: leaving out 'livepatch_test', a livepatch module \(modinfo livepatch=Y\)$
#error: ^klp-symbols: .*out.map: left out 2 symbols whose names a klp symbol cannot carry$
#error: ^klp-symbols: .*out.map: 3 objects, 19 symbols$
#stderr-lines: 3
#expect: modules.map
