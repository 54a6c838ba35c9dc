#klp-check: --version
#stdout: ^klp-check \(libklp\) [0-9]
