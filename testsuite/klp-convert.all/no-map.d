# An undefined symbol that needs resolving and no map to resolve it with:
# the message says how to give one in klp-convert's options.
#source: basic.c
#arch: x86_64 s390x
#convert:
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/no-map\.ko: error: symbol 'cpu_show' \(used in '\.text'\) is undefined, not annotated and not known to be exported, and no symbol map tells which object defines it: annotate it with KLP_SYMPOS, or give the target kernel's symbol map \(klp-symbols makes one\) with -s MAP, and Module\.symvers with -m FILE for exported symbols$
