# --help: usage on standard output.
#symbols: --help
#stdout: ^Usage: klp-symbols \[OPTION\]\.\.\. \[-o MAP\]$
#stdout: ^  2  the command line is invalid$
