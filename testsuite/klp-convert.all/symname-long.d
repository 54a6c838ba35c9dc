# An annotated symbol name of 512 characters: too long for the kernel.
#source: longname.c -DLEN=512
#arch: x86_64 s390x
#convert:
#status: 1
#error: ^klp-convert: .*symname-long\.ko: error: .*(511|too long)
