/* Reading and removing KLP_SYMPOS and KLP_SYMFILE annotations.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A position annotation section ".klp.module_relocs.<obj>" holds packed
   12-byte entries { u64 sym; u32 sympos; }; each entry has exactly one
   relocation, at the entry's offset, naming the symbol.  A file
   annotation section ".klp.module_files.<obj>" holds 16-byte entries
   { u64 sym; u64 file; }, each with two relocations: at the entry's
   offset, naming the symbol, and 8 bytes further, to the NUL-terminated
   source file path.  Entries are found by walking the sections'
   relocations, never by assuming a stride: arrays from different objects
   are padded when linked.  The relocations must be the architecture's
   absolute 64-bit type; sympos is read in the object's byte order.

   Annotations exist only for the tools: the final module must not contain
   them.  klp_remove_annotations() removes the sections, their relocation
   sections, the symbols defined in them (the arrays and the section
   symbols), the relocations of non-allocated sections (debug information)
   that point into them, and the undefined symbols that only annotations
   referenced.  */

#ifndef KLP_ANNOTATIONS_H
#define KLP_ANNOTATIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "elfobj.h"

struct klp_annotation
{
  struct klp_section *sec;	/* The .klp.module_relocs.<obj> or
				   .klp.module_files.<obj> section.  */
  const char *obj;		/* <obj>: points into SEC's name.  */
  struct klp_symbol *sym;	/* The symbol the entry's relocation names. */
  GElf_Addr offset;		/* Entry offset in SEC.  */
  unsigned long pos;		/* sympos (0 for a file annotation).  */
  const char *file;		/* KLP_SYMFILE: the source file, pointing
				   into the section data that holds the
				   string; NULL for KLP_SYMPOS.  */
};

/* Read every annotation of ELF, in section then offset order.  On
   success *ANNOTATIONS (malloc'd, caller frees; NULL when there are none)
   holds *COUNT entries.  Malformed sections (no relocation section, an
   entry that does not fit, a relocation type that is not the absolute
   64-bit one, two relocations in one position entry, a file entry whose
   second relocation is missing or does not lead to a NUL-terminated,
   non-empty string, a relocation against no symbol or a section symbol)
   are all reported.  Returns 0 or -1.  */
int klp_read_annotations (struct klp_elf *elf,
			  struct klp_annotation **annotations, size_t *count);

/* Whether SEC is an annotation section (name starts with
   ".klp.module_relocs." or ".klp.module_files.").  */
bool klp_is_annotation_section (const struct klp_section *sec);

/* The first annotation section of ELF, of either kind, or NULL.  */
struct klp_section *klp_first_annotation_section (struct klp_elf *elf);

/* "KLP_SYMPOS(NAME, POS)" or "KLP_SYMFILE(NAME, \"FILE\")" for A, for
   messages, in BUF of SIZE bytes (truncated if need be).  Returns BUF.  */
const char *klp_describe_annotation (const struct klp_annotation *a,
				     char *buf, size_t size);

/* What annotation A says of its symbol, "position N" or "file 'F'", for
   messages, in BUF of SIZE bytes.  Returns BUF.  */
const char *klp_describe_annotation_target (const struct klp_annotation *a,
					    char *buf, size_t size);

/* Whether annotations A and B give their symbol the same object and
   position, or the same object and file.  */
bool klp_is_same_annotation_target (const struct klp_annotation *a,
				    const struct klp_annotation *b);

/* Check that no allocated section refers to a symbol defined in an
   annotation section (code or data using a KLP_MODULE_RELOC array would
   point to nothing once the annotations are removed).  Every offending
   relocation section is reported.  Returns 0 or -1.  */
int klp_check_annotation_references (struct klp_elf *elf);

/* Remove every annotation from the model (see above).  Returns 0, or -1
   after reporting what klp_check_annotation_references() reports.  */
int klp_remove_annotations (struct klp_elf *elf);

/* The relocation type of an annotation entry on machine MACHINE: the
   absolute 64-bit type (R_X86_64_64, R_PPC64_ADDR64, R_390_64,
   R_AARCH64_ABS64).  Returns false for a machine the kernel does not
   livepatch.  */
bool klp_abs64_reloc_type (GElf_Half machine, GElf_Word *type);

#endif /* KLP_ANNOTATIONS_H */
