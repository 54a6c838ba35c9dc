# --decompress-limit takes a size of at least 1M.
#symbols: --system-map $kernel/System.map --decompress-limit=512K -o $output
#error: ^klp-symbols: invalid size '512K' for '--decompress-limit' \(expected at least 1M\)$
#error: ^Try 'klp-symbols --help' for more information\.$
#stderr-lines: 2
#status: 2
