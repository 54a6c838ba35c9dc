# A read that fails is an error, never the end of the file: the
# kallsyms is /proc/self/mem, a regular file whose read at offset 0 fails
# with EIO.
#symbols: --kallsyms /proc/self/mem -o $output
#error: ^klp-symbols: /proc/self/mem: error: cannot read: Input/output error$
#stderr-lines: 1
#status: 1
