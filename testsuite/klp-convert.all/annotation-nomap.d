# An annotation says everything the kernel needs: no map is required.
#source: sympos.c
#arch: x86_64 s390x
#convert:
#readelf: -sW
#absent: my_klp_relocs
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.state_show,2
#pass
