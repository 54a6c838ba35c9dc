#klp-check: -s map -k kallsyms module.ko
#status: 2
#error: ^klp-check: give only one of -s, -k and --system-map$
