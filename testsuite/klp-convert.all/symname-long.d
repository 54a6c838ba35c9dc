# An annotated symbol name of 512 characters: too long for the kernel.
#source: longname.c -DLEN=512
#arch: x86_64 s390x
#convert:
#status: 1
#stderr-lines: 1
#error: ^klp-convert: [^ ]*/symname-long\.ko: error: symbol 'a{64}\.\.\.' \(used in '\.text'\) has a name of 512 characters; the kernel reads at most 511$
