# --decompress-limit takes digits and one of K, M, G.
#symbols: --system-map $kernel/System.map --decompress-limit=2GiB -o $output
#error: ^klp-symbols: invalid size '2GiB' for '--decompress-limit' \(expected at least 1M\)$
#error: ^Try 'klp-symbols --help' for more information\.$
#stderr-lines: 2
#status: 2
