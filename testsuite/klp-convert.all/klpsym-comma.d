# A klp symbol name whose symbol part has a comma: the kernel's "%511[^,]"
# stops there and ",%lu" then fails.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.state,show,2"
#arch: x86_64 s390x
#convert:
#status: 1
#error: ^klp-convert: .*klpsym-comma\.ko: error: .*\.klp\.sym\.vmlinux\.state,show,2
