/* The kernel's ABI for livepatch relocations, as libklp produces it.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Authoritative sources: Documentation/livepatch/module-elf-format.rst
   and kernel/livepatch/core.c in the Linux kernel.  This header uses no
   libc header, so it can be included from kernel module code.  */

#ifndef KLP_ABI_H
#define KLP_ABI_H

/* Section flag marking a livepatch relocation section.  */
#define KLP_SHF_RELA_LIVEPATCH	0x00100000
/* st_shndx of a symbol the livepatch core resolves at load time.  */
#define KLP_SHN_LIVEPATCH	0xff20

/* Name prefixes.  A klp relocation section is
   ".klp.rela.<object>.<section>", a klp symbol ".klp.sym.<object>.<name>,<pos>",
   an annotation section ".klp.module_relocs.<object>" (KLP_SYMPOS
   entries) or ".klp.module_files.<object>" (KLP_SYMFILE entries).  */
#define KLP_RELA_PREFIX		".klp.rela."
#define KLP_SYM_PREFIX		".klp.sym."
#define KLP_MODULE_RELOCS_PREFIX ".klp.module_relocs."
#define KLP_MODULE_FILES_PREFIX	".klp.module_files."

/* What separates a symbol name from a source file in the name libklp's
   ld plugin gives a symbol annotated with KLP_SYMFILE,
   ".klp.sym.<object>.<name>,@<file>": klp-convert replaces ",@<file>"
   with the position of that file's symbol.  The kernel cannot parse such
   a name (it wants ",<pos>"), so one that escaped conversion fails the
   load loudly.  */
#define KLP_SYMFILE_MARK	",@"

/* The kernel parses names with ".klp.sym.%55[^.].%511[^,],%lu".  */
#define KLP_OBJNAME_MAX		55
#define KLP_SYMNAME_MAX		511

/* Size of one annotation entry: { u64 sym; u32 sympos; } packed.  */
#define KLP_MODULE_RELOC_SIZE	12
#define KLP_MODULE_RELOC_SYMPOS_OFFSET 8

/* Size of one file annotation entry: { u64 sym; u64 file; }, where file
   points to the NUL-terminated path.  */
#define KLP_MODULE_FILE_SIZE	16
#define KLP_MODULE_FILE_FILE_OFFSET 8

#endif /* KLP_ABI_H */
