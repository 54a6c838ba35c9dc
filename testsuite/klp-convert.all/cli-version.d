# --version: the program's name and version on stdout, exit status 0.
#convert: --version
#stdout: ^klp-convert .*[0-9]+\.[0-9]+
