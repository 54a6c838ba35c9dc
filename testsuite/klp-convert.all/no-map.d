# An undefined symbol that needs resolving and no map to resolve it with.
#source: basic.c
#arch: x86_64 s390x
#convert:
#status: 1
#error: ^klp-convert: .*error: .*(cpu_show|map|--symbols)
