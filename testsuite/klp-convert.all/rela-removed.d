# A relocation section whose relocations all moved to klp sections is
# removed.  (Not on ppc64le, where .rela.text keeps the .TOC.
# relocations: see toc.d.)
#source: basic.c
#arch: x86_64 s390x aarch64
#convert: --symbols $srcdir/$subdir/symbols.klp
#readelf: -SW
#absent: \] \.rela\.text 
#...
 *\[ *[0-9]+\] \.klp\.rela\.vmlinux\.\.text +RELA .*
#pass
