# A name unique in its object gets position 0 even when named by file
# (the kernel then refuses the patch loudly if a second one ever
# appears, rather than pick one).
#source: symfile.c -DSYM=cpu_show -DSYMFILE="drivers/base/cpu.c"
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.map
#readelf: -sW
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.vmlinux\.cpu_show,0
#pass
