/* The inputs of a link, as ld's plugin interface shows them.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   What the ld plugin needs to know of a link beyond the object in hand,
   kept apart from ld's interface so that it can be tested on its own:
   - what each input's section headers say (klp_link_add_input, read
     with the ELF model's cheap mode, struct klp_elf_view, so that an
     input that needs nothing costs next to nothing);
   - which archives have annotated members;
   - whether the link is the final link of a module, and of a livepatch
     module (an input's .modinfo says livepatch=Y);
   - which input defines a name (struct klp_definers), and so which
     annotated names that an input's renaming took away from ld another
     input defines (klp_link_warn_defined_renames);
   - each input opened with the model as the link reads it, and the
     conversion's checks run on every input of a final link
     (klp_link_convert_check).
   An input is NAME (a file, or the archive that holds a member), the
   SIZE bytes at OFFSET of it (OFFSET non-zero for a member of a regular
   archive; a thin archive's members are files of their own).  ld gives
   the claim hook a file descriptor valid during the call only: the
   functions called later open NAME again.

   Ownership: a 'struct klp_link' owns its inputs, their names and
   their renames; klp_link_free() frees them.  An input's REPLACEMENT
   belongs to the caller.  */

#ifndef KLP_LINK_H
#define KLP_LINK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "convert.h"
#include "elfobj.h"
#include "hash.h"
#include "klpsym-rename.h"

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

/* An undefined symbol of an input that its annotation renamed.  */
struct klp_link_rename
{
  char *old_name;
  char *new_name;
};

/* One input, in the order ld offered them.  */
struct klp_link_input
{
  const char *name;		/* As ld gave it.  */
  char *display;		/* For messages, of an archive member:
				   "ARCHIVE(MEMBER)", NULL until
				   klp_link_input_name().  */
  off_t offset;
  size_t size;
  struct klp_input_info info;
  const char *replacement;	/* Set by the caller: the file the link
				   reads instead, or NULL.  */
  struct klp_link_rename *renames; /* klp_link_note_renames.  */
  size_t nrenames;
};

/* A regular archive some member of which was offered.  */
struct klp_link_archive
{
  char *name;
  bool has_annotations;		/* Some member has annotations.  */
};

struct klp_link
{
  struct klp_link_input *inputs;
  size_t ninputs, inputs_alloc;
  struct klp_link_archive *archives;
  size_t narchives, archives_alloc;
  struct klp_link_names *names;	/* Storage of the inputs' names.  */
};

/* Record the input NAME (open as FD) and read its headers.  Returns the
   input, valid until the next call, or NULL after reporting an error.  */
struct klp_link_input *klp_link_add_input (struct klp_link *link,
					   const char *name, int fd,
					   off_t offset, size_t size);

/* Whether IN is a member of a regular archive.  */
static inline bool
is_archive_member (const struct klp_link_input *in)
{
  return in->offset != 0;
}

/* Whether the model reads IN: an ELF64 relocatable object, not LTO IR.  */
static inline bool
is_model_input (const struct klp_link_input *in)
{
  return in->info.is_elf64_rel && !in->info.is_lto;
}

/* The name of IN for messages: "ARCHIVE(MEMBER)" for an archive member,
   read from the archive open as FD (-1: NAME is opened).  Falls back on
   NAME when out of memory.  */
const char *klp_link_input_name (struct klp_link_input *in, int fd);

/* Set *RESULT to whether some member of the archive that holds member
   IN, open as FD, has annotations; each archive is read once.  Returns 0,
   or -1 after reporting an error.  */
int klp_link_archive_has_annotations (struct klp_link *link,
				      const struct klp_link_input *in, int fd,
				      bool *result);

/* Whether the link writing OUTPUT makes a kernel module: OUTPUT ends in
   ".ko", or an input has .gnu.linkonce.this_module (modpost's
   NAME.mod.o, which kbuild links only into the final module).  */
bool klp_is_final_module_link (const struct klp_link *link,
			       const char *output);

/* Set *RESULT to whether the .modinfo of an input says "livepatch=Y".
   Reads only that section of the inputs that have one.  Returns 0, or
   -1 after reporting an error.  */
int klp_link_is_livepatch (struct klp_link *link, bool *result);

/* Open input I (a model input) with the model as the link reads it: its
   replacement when it has one.  The model is named NAME in messages
   (the module that a final link makes), or, when NAME is NULL, after
   the input (never after its replacement, a temporary file).  NULL
   after reporting an error.  */
struct klp_elf *klp_link_open_input (struct klp_link *link, size_t i,
				     const char *name);

/* Record that input I's symbols were renamed as PLAN says (for
   klp_link_warn_defined_renames).  Returns 0, or -1 after reporting an
   error.  */
int klp_link_note_renames (struct klp_link *link, size_t i,
			   const struct klp_rename_plan *plan);

/* Warn about each renamed symbol whose old name another input defines:
   in a link without the plugin, that definition would have satisfied
   the reference; with it, the annotation wins.  Reads the symbol tables
   only when something was renamed.  Returns 0, or -1 after reporting
   an error.  */
int klp_link_warn_defined_renames (struct klp_link *link);

/* The final link of a livepatch module: open every model input as the
   link reads it, named NAME in messages (the module being built), and
   run the conversion's checks (klp_convert_check) on it with OPTS, the
   names that another input defines taken as defined.  Every problem is
   reported.  Returns 0 or -1.  */
int klp_link_convert_check (struct klp_link *link,
			    const struct klp_convert_options *opts,
			    const char *name);

void klp_link_free (struct klp_link *link);

/* Which input defines each name: the first input, in link order, whose
   symbol table defines it without binding it locally (section symbols
   aside): what the input offers the rest of the link.  The inputs are
   read as ld offered them, not as replaced: a replacement renames
   undefined symbols only.  */
struct klp_definer
{
  struct klp_hnode node;
  char *name;
  size_t input;			/* Index in LINK->inputs, or KLP_NO_INPUT. */
};

#define KLP_NO_INPUT SIZE_MAX

struct klp_definers
{
  struct klp_definer *v;
  size_t n;
  struct klp_htab by_name;
};

/* Fill *DEFS with the definer of each of the NNAMES names NAMES (which
   need not be distinct), or, when NAMES is NULL, with every name that an
   input defines.  Reads the symbol tables of the model inputs.  Returns
   0, or -1 after reporting an error.  */
int klp_link_find_definers (struct klp_link *link, const char *const *names,
			    size_t nnames, struct klp_definers *defs);

/* The index of the input that defines NAME, or KLP_NO_INPUT.  */
size_t klp_find_definer_by_name (const struct klp_definers *defs,
				 const char *name);

void klp_definers_free (struct klp_definers *defs);

/* Whether PATH is a whole ELF64 relocatable object: its ELF header and
   section headers are there (ld.bfd writes the ELF header last).  */
bool klp_is_complete_object (const char *path);

#endif /* KLP_LINK_H */
