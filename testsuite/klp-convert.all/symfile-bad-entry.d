# A KLP_SYMFILE entry has two relocations, 8 bytes apart: with the second
# moved away (to the next entry's place), the entry has no file.
#source: symfile.c
#arch: x86_64 s390x
#edit: rela .rela.klp.module_files.vmlinux 1 r_offset 0x10
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-convert: .*symfile-bad-entry\.ko: error: annotation section '\.klp\.module_files\.vmlinux': the entry at offset 0x0 has no relocation for its file at offset 0x8
