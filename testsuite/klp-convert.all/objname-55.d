# An object name of 55 characters ("o" times 55) is the longest the kernel
# accepts.
#source: objname.c -DOBJ=ooooooooooooooooooooooooooooooooooooooooooooooooooooooo
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SsW
#links: .klp.rela.ooooooooooooooooooooooooooooooooooooooooooooooooooooooo..text .symtab .text
#...
 *\[ *[0-9]+\] \.klp\.rela\.ooooooooooooooooooooooooooooooooooooooooooooooooooooooo\.\.text +RELA .* +AIo +[0-9]+ +[0-9]+ +[0-9]+
#...
 *[0-9]+: 0+ +0 +(NOTYPE|FUNC) +GLOBAL +DEFAULT +OS \[0xff20\] \.klp\.sym\.ooooooooooooooooooooooooooooooooooooooooooooooooooooooo\.state_show,1
#pass
