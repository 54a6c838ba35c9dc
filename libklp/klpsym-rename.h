/* Renaming annotated undefined symbols, one object at a time: the core of
   the ld plugin.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   An annotation KLP_SYMPOS(state_show, 2) in section
   ".klp.module_relocs.vmlinux" of an object says which 'state_show' that
   object means.  When several objects are linked into one (ld -r), their
   undefined 'state_show' symbols would become one symbol, and the
   positions of two objects could no longer be told apart.  So, before the
   link, each such undefined symbol of each object is renamed
   ".klp.sym.vmlinux.state_show,2": a relocation names its symbol by index,
   so every relocation of the object (code, data, the annotation entry
   itself) follows the new name, and objects that disagree get distinct
   symbols.  klp-convert later reads the position back from the name.

   The passes, in order (see klpsym-rename.c):
   1. plan (klp_plan_renames): read the annotations, check them (the
      symbol must be undefined and global, one object gives one symbol one
      position in one target object, names the kernel can parse) and
      decide the new names; symbols already named .klp.sym.* are left as
      they are when they agree with their annotation;
   2. apply (klp_apply_renames): rename the symbols in the model; the
      caller writes the model with klp_elf_write().
   Planning changes nothing, so a caller can plan, learn that nothing is
   to be done, and leave the object alone.  */

#ifndef KLP_KLPSYM_RENAME_H
#define KLP_KLPSYM_RENAME_H

#include <stdbool.h>
#include <stddef.h>

#include "elfobj.h"

/* One symbol to rename.  */
struct klp_rename
{
  struct klp_symbol *sym;
  const char *old_name;		/* Owned by the model.  */
  const char *obj;		/* Target object: points into the
				   annotation section's name.  */
  unsigned long pos;
  const char *file;		/* KLP_SYMFILE's file (owned by the model)
				   or NULL.  */
  char *new_name;		/* ".klp.sym.<obj>.<name>,<pos>" or
				   ".klp.sym.<obj>.<name>,@<file>" (owned). */
};

struct klp_rename_plan
{
  struct klp_rename *renames;	/* In symbol table order.  */
  size_t count;
  size_t nannotations;		/* Annotation entries read.  */
  size_t nalready;		/* Symbols already named .klp.sym.* .  */
};

/* Pass 1.  Read and check the annotations of ELF and fill *PLAN (empty
   when nothing is to be renamed).  Every problem is reported: an
   annotation of a defined or local symbol, one symbol given two
   positions, two files, a position and a file, or two target objects,
   an object or symbol name the kernel cannot parse, a .klp.sym.* name
   that disagrees with its annotation.
   Returns 0, or -1 (and an empty plan) on error.  */
int klp_plan_renames (struct klp_elf *elf, struct klp_rename_plan *plan);

/* Pass 2.  Rename the symbols of PLAN in ELF.  Returns 0 or -1.  */
int klp_apply_renames (struct klp_elf *elf,
		       const struct klp_rename_plan *plan);

void klp_rename_plan_free (struct klp_rename_plan *plan);

#endif /* KLP_KLPSYM_RENAME_H */
