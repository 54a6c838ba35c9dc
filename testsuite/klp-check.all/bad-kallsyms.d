# A kallsyms list with a malformed line: status 1, the line named.
#source: uses.c
#arch: x86_64
#klp-check: --kallsyms $srcdir/$subdir/klp-check.exp
#status: 1
#error: ^klp-check: [^ ]*klp-check\.exp:1: error: 
