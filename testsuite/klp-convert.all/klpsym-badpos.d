# A klp symbol name whose position is not a number.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.state_show,two"
#arch: x86_64 s390x
#convert:
#status: 1
#error: ^klp-convert: .*klpsym-badpos\.ko: error: .*\.klp\.sym\.vmlinux\.state_show,two
