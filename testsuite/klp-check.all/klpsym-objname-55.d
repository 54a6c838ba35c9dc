# A klp symbol whose object name has 55 characters ("o" times 55), the
# most the kernel reads (".klp.sym.%55[^.]"): its name parses, and the
# map does not describe that object, which is a warning, not a problem.
# Made from klpsym.c by hand-converting it, as symbol-name.d.
#source: klpsym.c -DSYMNAME=".klp.sym.ooooooooooooooooooooooooooooooooooooooooooooooooooooooo.state_show,1"
#arch: x86_64
#edit: rename-section .rela.text .klp.rela.ooooooooooooooooooooooooooooooooooooooooooooooooooooooo..text
#edit: shdr .klp.rela.ooooooooooooooooooooooooooooooooooooooooooooooooooooooo..text sh_flags 0x100042
#edit: sym .klp.sym.ooooooooooooooooooooooooooooooooooooooooooooooooooooooo.state_show,1 st_shndx 0xff20
#klp-check: --symbols $srcdir/$subdir/symbols.map
#stderr-lines: 1
#warning: ^klp-check: [^ ]*/klpsym-objname-55\.ko: warning: cannot resolve the klp symbols of object 'o{55}' \(the first is '\.klp\.sym\.o{55}\.state_show,1'\): symbol map '[^']*/symbols\.map' does not describe 'o{55}'$
