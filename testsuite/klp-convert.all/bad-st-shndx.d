# A symbol defined in section 500, which does not exist.
# Exit status 1, one error line naming the file, no output, the input
# unchanged.
#source: basic.c
#arch: x86_64 s390x
#edit: sym patched_cpu_show st_shndx 500
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*bad-st-shndx\.ko: error: .*(patched_cpu_show|500)
