# The kernel patchset's map names modules by file name ("*my-mod"); the
# kernel knows that module as "my_mod" (kbuild turns '-' into '_').
#source: map-dash.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols-dash.klp
#readelf: -SsW
#links: .klp.rela.my_mod..text .symtab .text
#absent: my-mod
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.my_mod\.dash_fn,0
#pass
