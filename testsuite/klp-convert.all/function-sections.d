# With -ffunction-sections the target section is .text.NAME, and the klp
# section .klp.rela.vmlinux..text.NAME.
#source: basic.c
#cc: -ffunction-sections
#arch: x86_64 s390x ppc64le aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SW
#links: .klp.rela.vmlinux..text.patched_cpu_show .symtab .text.patched_cpu_show
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.text\.patched_cpu_show +RELA +0+ [0-9a-f]+ 0+18 18 +AIo +[0-9]+ +[0-9]+ +[0-9]+
#pass
