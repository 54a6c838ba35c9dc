# A klp symbol name without ",POS": the kernel cannot parse it.
#source: klpsym.c -DSYMNAME=".klp.sym.vmlinux.state_show"
#arch: x86_64 s390x
#convert:
#status: 1
#error: ^klp-convert: .*klpsym-nopos\.ko: error: .*\.klp\.sym\.vmlinux\.state_show
