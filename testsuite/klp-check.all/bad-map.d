# A map that cannot be read: status 1.
#source: uses.c
#arch: x86_64
#klp-check: --symbols $tmpdir/no-such.map
#status: 1
#error: ^klp-check: [^ ]*no-such\.map: error: 
