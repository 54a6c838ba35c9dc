# --version.
#symbols: --version
#stdout: ^klp-symbols \(libklp\) [0-9.]+$
