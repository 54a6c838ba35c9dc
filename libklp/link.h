/* The inputs of a link, as ld's plugin interface shows them.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   What the ld plugin needs to know of the inputs of a link, read with
   the ELF model's cheap mode (struct klp_elf_view) so that an input
   that needs nothing costs next to nothing: what its section headers
   say (klp_inspect_input), which archives have annotated members, the
   global names an input defines, whether a .modinfo says livepatch=Y.
   An input is NAME (a file, or the archive that holds a member), the
   SIZE bytes at OFFSET of it (OFFSET non-zero for a member).  */

#ifndef KLP_LINK_H
#define KLP_LINK_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* What the section headers of an input say.  */
struct klp_input_info
{
  bool is_elf64_rel;		/* An ELF64 ET_REL object with sane section
				   headers.  */
  bool is_lto;			/* Has .gnu.lto_* sections (LTO IR).  */
  bool has_annotations;		/* Has .klp.module_relocs.* or
				   .klp.module_files.* sections.  */
  bool has_this_module;		/* Has .gnu.linkonce.this_module.  */
  bool has_modinfo;		/* Has a .modinfo with contents.  */
};

/* Read the headers of the input open as FD and fill *INFO; an input
   that is not an ELF64 object the model reads is not an error (nothing
   is set).  Returns 0, or -1 after reporting a read error about NAME.  */
int klp_inspect_input (const char *name, int fd, off_t offset, size_t size,
		       struct klp_input_info *info);

/* Set *RESULT to whether the .modinfo of the input says "livepatch=Y".
   Returns 0, or -1 after reporting an error.  */
int klp_input_is_livepatch (const char *name, int fd, off_t offset,
			    size_t size, bool *result);

/* Call FOUND (DATA, SYMBOL) for each symbol that the input defines and
   does not bind locally, section symbols excepted, in symbol table
   order: what the input offers the rest of the link.  SYMBOL is valid
   during the call only.  An input without a sane symbol table defines
   nothing.  Returns 0, or -1 after reporting an error.  */
int klp_scan_defined_globals (const char *name, int fd, off_t offset,
			      size_t size,
			      void (*found) (void *data, const char *symbol),
			      void *data);

/* Set *RESULT to whether a member of the archive ARCHIVE open as FD has
   annotations.  A thin archive, or a file that is not an archive, has
   none.  Returns 0, or -1 after reporting a read error.  */
int klp_archive_has_annotations (const char *archive, int fd, bool *result);

#endif /* KLP_LINK_H */
