# An annotated symbol name of 511 characters, the most the kernel reads
# (".klp.sym.%55[^.].%511[^,],%lu").
#source: longname.c -DLEN=511
#arch: x86_64 s390x
#convert:
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.a{255}a{255}a,1
#pass
