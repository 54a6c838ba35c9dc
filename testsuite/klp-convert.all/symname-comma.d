# An annotated symbol whose name has a comma cannot be a klp symbol.
#source: comma.c
#arch: x86_64 s390x
#convert:
#status: 1
#error: ^klp-convert: .*symname-comma\.ko: error: .*weird,name
