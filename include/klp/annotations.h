/* Reading KLP_MODULE_RELOC/KLP_SYMPOS annotations from an object.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   An annotation section ".klp.module_relocs.<obj>" holds packed 12-byte
   entries { u64 sym; u32 sympos; }; each entry has exactly one relocation,
   at the entry's offset, naming the symbol.  Entries are found by walking
   the section's relocations, never by assuming a stride: arrays from
   different objects are padded when linked.  */

#ifndef KLP_ANNOTATIONS_H
#define KLP_ANNOTATIONS_H

#include <stddef.h>

#include "elfobj.h"

struct klp_annotation
{
  struct klp_section *sec;	/* The .klp.module_relocs.<obj> section.  */
  const char *obj;		/* <obj>: points into SEC's name.  */
  struct klp_symbol *sym;	/* The symbol the entry's relocation names. */
  GElf_Addr offset;		/* Entry offset in SEC.  */
  unsigned long pos;		/* sympos.  */
};

/* Read every annotation of ELF, in section then offset order.  On
   success *ANNOTATIONS (malloc'd, caller frees) holds *COUNT entries.
   Malformed sections (no relocation section, an entry that does not fit,
   a relocation type that is not an absolute 64-bit one, two relocations
   at one entry) are reported.  Returns 0 or -1.  */
int klp_read_annotations (struct klp_elf *elf,
			  struct klp_annotation **annotations, size_t *count);

/* Whether SEC is an annotation section (name starts with
   ".klp.module_relocs.").  */
bool is_annotation_section (const struct klp_section *sec);

#endif /* KLP_ANNOTATIONS_H */
