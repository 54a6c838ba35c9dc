# --help describes the usage and the exit statuses, on stdout.
#klp-check: --help
#stdout: ^Usage: klp-check \[OPTION\]\.\.\. \(-s MAP \| -k FILE \| --system-map FILE\) MODULE$
#stdout: ^  2  the command line is invalid$
