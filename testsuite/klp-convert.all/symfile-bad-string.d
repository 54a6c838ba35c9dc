# The file of a KLP_SYMFILE entry must be a string of the module: here
# its relocation points past the end of the string section.
#source: symfile.c
#arch: x86_64
#edit: rela .rela.klp.module_files.vmlinux 1 r_addend 0x1000
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#error: ^klp-convert: .*symfile-bad-string\.ko: error: annotation section '\.klp\.module_files\.vmlinux': the file of the entry at offset 0x0 points outside section
