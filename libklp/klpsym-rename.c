/* Renaming annotated undefined symbols, one object at a time.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Planning (klp_plan_renames):
     1. read the annotations (klp_read_annotations), KLP_SYMPOS and
	KLP_SYMFILE entries alike;
     2. check each entry: a target object name the kernel can parse, a
	symbol that is undefined and global, a symbol name the kernel can
	parse; note the first entry of each symbol and report every other
	entry that gives the same symbol another object, position or file;
     3. in symbol table order, decide each annotated symbol's new name,
	".klp.sym.<obj>.<name>,<pos>" or ".klp.sym.<obj>.<name>,@<file>",
	leaving alone a symbol already named ".klp.sym.*" that agrees with
	its annotations (an object renamed by an earlier ld -r).
   Applying (klp_apply_renames) renames the symbols in the model.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <klp/abi.h>
#include "annotations.h"
#include "convert.h"
#include "diag.h"
#include "klpsym-rename.h"
#include "rules.h"
#include "strutil.h"

/* --------------------------------------------------------------------
   Planning and applying.
   -------------------------------------------------------------------- */

/* Step 2 for the object name of annotation A: reported once per
   section (LAST remembers the last section reported).  */
static int
check_object_name (struct klp_elf *elf, const struct klp_annotation *a,
		   const struct klp_section **last)
{
  if (klp_find_objname_problem (a->obj) == KLP_NAME_OK)
    return 0;
  if (*last != a->sec)
    klp_error (elf->path, "annotation section '%s': object name '%s' "
	       "cannot be used: the kernel reads 1 to %d characters without "
	       "'.'", a->sec->name, a->obj, KLP_OBJNAME_MAX);
  *last = a->sec;
  return -1;
}

/* Step 2 for the symbol of annotation A.  */
static int
check_annotated_symbol (struct klp_elf *elf, const struct klp_annotation *a)
{
  const struct klp_symbol *sym = a->sym;
  unsigned long offset = a->offset;

  if (!is_undefined_symbol (sym))
    {
      klp_error (elf->path, "annotation section '%s': the entry at offset "
		 "%#lx names '%s', which this object defines%s: an annotation "
		 "must name a symbol of the patched object, declared 'extern'",
		 a->sec->name, offset, sym->name,
		 is_local_symbol (sym) ? " as a local symbol" : "");
      return -1;
    }
  if (is_local_symbol (sym))
    {
      klp_error (elf->path, "annotation section '%s': the entry at offset "
		 "%#lx names the local symbol '%s': an annotation must name "
		 "a global undefined symbol", a->sec->name, offset, sym->name);
      return -1;
    }
  if (klp_has_prefix (sym->name, KLP_SYM_PREFIX))
    return 0;			/* Checked against its name in step 3.  */
  if (klp_find_symname_problem (sym->name) != KLP_NAME_OK)
    {
      klp_error (elf->path, "annotation section '%s': symbol name '%s' "
		 "cannot be used in a klp symbol: the kernel reads at most %d "
		 "characters without ','", a->sec->name, sym->name,
		 KLP_SYMNAME_MAX);
      return -1;
    }
  return 0;
}

/* Step 2: whether A and FIRST (the first annotation of the same symbol)
   agree; reports when not.  */
static int
check_same_target (struct klp_elf *elf, const struct klp_annotation *first,
		   const struct klp_annotation *a)
{
  char t1[KLP_SYMNAME_MAX + 16], t2[KLP_SYMNAME_MAX + 16];

  if (klp_is_same_annotation_target (first, a))
    return 0;
  klp_error (elf->path, "'%s' is annotated twice with different targets: "
	     "%s in '%s' (section '%s', offset %#lx) and %s in '%s' (section "
	     "'%s', offset %#lx); one object must give a symbol one position "
	     "or one file", a->sym->name,
	     klp_describe_annotation_target (first, t1, sizeof t1), first->obj,
	     first->sec->name, (unsigned long) first->offset,
	     klp_describe_annotation_target (a, t2, sizeof t2), a->obj,
	     a->sec->name, (unsigned long) a->offset);
  return -1;
}

/* Step 3 for a symbol already named ".klp.sym.*": its name must agree
   with its annotation A.  */
static int
check_klp_name (struct klp_elf *elf, const struct klp_annotation *a)
{
  char obj[KLP_OBJNAME_MAX + 1], name[KLP_SYMNAME_MAX + 1];
  char target[KLP_SYMNAME_MAX + 16];
  unsigned long pos = 0;
  const char *file = NULL;
  bool agrees;

  if (klp_parse_sym_name (a->sym->name, obj, name, &pos))
    agrees = !a->file && pos == a->pos;
  else if (klp_parse_symfile_name (a->sym->name, obj, name, &file))
    agrees = a->file && strcmp (file, a->file) == 0;
  else
    {
      klp_error (elf->path, "annotation section '%s': symbol '%s' has an "
		 "incorrectly formatted klp symbol name (expected "
		 "'.klp.sym.<object>.<name>,<position>')", a->sec->name,
		 a->sym->name);
      return -1;
    }
  if (!agrees || strcmp (obj, a->obj) != 0)
    {
      klp_error (elf->path, "symbol '%s' is annotated as %s in '%s' (section "
		 "'%s', offset %#lx), which its name contradicts",
		 a->sym->name,
		 klp_describe_annotation_target (a, target, sizeof target),
		 a->obj, a->sec->name, (unsigned long) a->offset);
      return -1;
    }
  return 0;
}

int
klp_plan_renames (struct klp_elf *elf, struct klp_rename_plan *plan)
{
  struct klp_annotation *annotations = NULL;
  const struct klp_annotation **first = NULL;
  const struct klp_section *last_bad_section = NULL;
  size_t count = 0, nrenames = 0;
  int ret = 0;

  memset (plan, 0, sizeof *plan);

  /* Step 1.  */
  if (klp_read_annotations (elf, &annotations, &count) != 0)
    return -1;
  plan->nannotations = count;
  if (count == 0)
    return 0;

  /* Step 2.  */
  first = klp_xcalloc (elf->path, elf->nsyms, sizeof *first);
  if (!first)
    {
      free (annotations);
      return -1;
    }
  for (size_t i = 0; i < count; i++)
    {
      const struct klp_annotation *a = &annotations[i];
      size_t index = a->sym->index;

      if (check_object_name (elf, a, &last_bad_section) != 0
	  || check_annotated_symbol (elf, a) != 0)
	ret = -1;
      else if (!first[index])
	{
	  first[index] = a;
	  nrenames++;
	}
      else if (check_same_target (elf, first[index], a) != 0)
	ret = -1;
    }

  /* Step 3.  */
  if (ret == 0 && nrenames > 0)
    {
      plan->renames = klp_xcalloc (elf->path, nrenames,
				   sizeof *plan->renames);
      if (!plan->renames)
	ret = -1;
    }
  for (size_t i = 0; ret == 0 && i < elf->nsyms; i++)
    {
      const struct klp_annotation *a = first[i];
      struct klp_rename *r;

      if (!a)
	continue;
      if (klp_has_prefix (a->sym->name, KLP_SYM_PREFIX))
	{
	  if (check_klp_name (elf, a) != 0)
	    ret = -1;
	  plan->nalready++;
	  continue;
	}
      r = &plan->renames[plan->count];
      r->sym = a->sym;
      r->old_name = a->sym->name;
      r->obj = a->obj;
      r->pos = a->pos;
      r->file = a->file;
      if (a->file)
	r->new_name = klp_make_symfile_name (elf->path, a->obj, a->sym->name,
					     a->file);
      else
	r->new_name = klp_make_sym_name (elf->path, a->obj, a->sym->name, a->pos);
      if (!r->new_name)
	ret = -1;
      else
	plan->count++;
    }

  free (first);
  free (annotations);
  if (ret != 0)
    klp_rename_plan_free (plan);
  return ret;
}

int
klp_apply_renames (struct klp_elf *elf, const struct klp_rename_plan *plan)
{
  for (size_t i = 0; i < plan->count; i++)
    {
      const struct klp_rename *r = &plan->renames[i];
      if (klp_symbol_rename (elf, r->sym, r->new_name) != 0)
	return -1;
      klp_note (elf->path, "'%s' becomes '%s'", r->old_name, r->new_name);
    }
  return 0;
}

void
klp_rename_plan_free (struct klp_rename_plan *plan)
{
  for (size_t i = 0; i < plan->count; i++)
    free (plan->renames[i].new_name);
  free (plan->renames);
  memset (plan, 0, sizeof *plan);
}
