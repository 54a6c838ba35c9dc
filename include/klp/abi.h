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
   an annotation section ".klp.module_relocs.<object>".  */
#define KLP_RELA_PREFIX		".klp.rela."
#define KLP_SYM_PREFIX		".klp.sym."
#define KLP_MODULE_RELOCS_PREFIX ".klp.module_relocs."

/* The kernel parses names with ".klp.sym.%55[^.].%511[^,],%lu".  */
#define KLP_OBJNAME_MAX		55
#define KLP_SYMNAME_MAX		511

/* Size of one annotation entry: { u64 sym; u32 sympos; } packed.  */
#define KLP_MODULE_RELOC_SIZE	12
#define KLP_MODULE_RELOC_SYMPOS_OFFSET 8

#endif /* KLP_ABI_H */
