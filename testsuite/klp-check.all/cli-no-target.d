# A target kernel is required.
#klp-check: module.ko
#status: 2
#error: ^klp-check: no target kernel: give its symbol map \(-s\), a copy of its /proc/kallsyms \(-k\) or its System\.map \(--system-map\)$
#error: ^Try 'klp-check --help' for more information\.$
