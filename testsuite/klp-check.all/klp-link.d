# The sh_link of a klp relocation section must be the symbol table (the
# kernel uses the symbol table anyway; readelf and libklp would read the
# relocations against the wrong section).  libklp's ELF reader already
# refuses such a section.
#source: lp.c
#arch: x86_64
#preconvert: --symbols $srcdir/$subdir/symbols.map
#edit: shdr .klp.rela.vmlinux..text sh_link 0
#klp-check: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-check: [^ ]*klp-link\.ko: error: section '\.klp\.rela\.vmlinux\.\.text' does not link to the symbol table$
