# --help: the usage on stdout, exit status 0, the options and the exit
# statuses documented.
#convert: --help
#stdout: [Uu]sage: *klp-convert
#stdout: --symbols
#stdout: --no-modinfo-check
#stdout: -m
