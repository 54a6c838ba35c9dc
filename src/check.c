/* Checking a livepatch module against the kernel's rules.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The passes are described in check.h, the rules in
   libklp/rules.h.  This file decides what to check and how to word
   what the kernel would do; rules.c decides what is right.

   The target kernel is a symbol map, or the objects of a kallsyms list.
   For the second, klp_check_new() indexes every (object, name) pair once
   in a hash table: how many symbols of that name the object has, and
   whether it exports the name; each lookup is then O(1).  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <klp/abi.h>
#include "annotations.h"
#include "array.h"
#include "check.h"
#include "diag.h"
#include "hash.h"
#include "rules.h"
#include "strbuf.h"
#include "strutil.h"

/* One name of one object of a kallsyms list.  */
struct name_entry
{
  struct klp_hnode node;	/* In klp_check.names, by name.  */
  const char *name;
  size_t obj;			/* Index in target->objs.  */
  unsigned int count;		/* Symbols of that name in the object.  */
  bool exported;		/* The object exports the name.  */
};

struct klp_check
{
  struct klp_elf *elf;
  const char *file;
  const struct klp_target *target;
  char *modname;		/* The kernel's name for the module.  */
  /* The index of a kallsyms list.  */
  struct klp_htab names;
  struct name_entry *entries;
  size_t nentries;
  bool list_has_exports;	/* Some object of the list exports some
				   name (its __ksymtab_ entries).  */
  bool list_has_modules;	/* The list has modules, not only
				   vmlinux (a /proc/kallsyms dump).  */
  /* Annotations left in the module, by symbol (pass 3).  */
  struct klp_annotation *annotations;
  size_t nannotations;
  const struct klp_annotation **annotated; /* [nsyms] */
  bool *judged;			/* [nsyms]: klp symbol looked at (pass 7) or
				   reported (pass 5).  */
  char **unknown_objects;	/* Objects the target does not describe,
				   reported once each (pass 7).  */
  size_t nunknown_objects, unknown_objects_alloc;
  size_t unjudged;
  size_t nklp_sections;		/* klp relocation sections looked at
				   (pass 5).  */
  size_t nklp_symbols;		/* klp symbols resolved (pass 7).  */
};

/* --------------------------------------------------------------------
   The target kernel.
   -------------------------------------------------------------------- */

static const char *
target_path (const struct klp_check *c)
{
  return c->target->map ? klp_symmap_path (c->target->map)
			: c->target->list_path;
}

static struct name_entry *
find_entry (const struct klp_check *c, size_t obj, const char *name)
{
  struct name_entry *e;

  klp_htab_for_each (&c->names, klp_hash_str (name), e, struct name_entry,
		     node)
    if (e->obj == obj && strcmp (e->name, name) == 0)
      return e;
  return NULL;
}

static struct name_entry *
add_entry (struct klp_check *c, size_t obj, const char *name)
{
  struct name_entry *e = find_entry (c, obj, name);

  if (e)
    return e;
  e = &c->entries[c->nentries++];
  e->name = name;
  e->obj = obj;
  klp_htab_add (&c->names, klp_hash_str (name), &e->node);
  return e;
}

/* Index the objects of a kallsyms list.  */
static int
index_list (struct klp_check *c)
{
  const struct klp_target *t = c->target;
  size_t total = 0;

  for (size_t i = 0; i < t->nobjs; i++)
    total += t->objs[i]->nsyms;
  /* Each symbol adds at most one entry, and its __ksymtab_ one more.  */
  c->entries = klp_xcalloc (c->file, 2 * total + 1, sizeof *c->entries);
  if (!c->entries)
    return -1;
  if (klp_htab_init (&c->names, 2 * total + 1) != 0)
    {
      klp_error (c->file, "out of memory");
      return -1;
    }
  for (size_t o = 0; o < t->nobjs; o++)
    for (size_t i = 0; i < t->objs[o]->nsyms; i++)
      {
	const struct klp_objsym *s = &t->objs[o]->syms[i];
	struct name_entry *e = add_entry (c, o, s->name);
	const char *exported = klp_find_exported_name (s->name);

	e->count++;
	if (s->export != '-' && s->export != '\0')
	  e->exported = true;
	if (exported)
	  add_entry (c, o, exported)->exported = true;
      }
  for (size_t i = 0; i < c->nentries; i++)
    if (c->entries[i].exported)
      c->list_has_exports = true;
  for (size_t o = 0; o < t->nobjs; o++)
    if (!is_vmlinux_object (t->objs[o]->name))
      c->list_has_modules = true;
  return 0;
}

/* The index of the object OBJ of the list, or -1.  */
static long
find_list_object (const struct klp_check *c, const char *obj)
{
  for (size_t i = 0; i < c->target->nobjs; i++)
    if (strcmp (c->target->objs[i]->name, obj) == 0)
      return (long) i;
  return -1;
}

/* Whether the target describes object OBJ, and if so how many symbols
   named NAME it has.  */
static bool
count_in_object (const struct klp_check *c, const char *obj,
		 const char *name, unsigned long *count)
{
  const struct klp_symmap *map = c->target->map;

  *count = 0;
  if (map)
    {
      const struct klp_mapsym *m;
      if (!klp_symmap_object (map, obj))
	return false;
      m = klp_find_mapsym_in_object (map, name, obj);
      *count = m ? klp_mapsym_count (map, m) : 0;
      return true;
    }
  long o = find_list_object (c, obj);
  if (o < 0)
    return false;
  const struct name_entry *e = find_entry (c, (size_t) o, name);
  *count = e ? e->count : 0;
  return true;
}

/* The candidates for NAME in OBJ (all objects when OBJ is NULL), one per
   line as klp_add_candidate() writes them, malloc'd; NULL on error.  */
static char *
format_target_candidates (const struct klp_check *c, const char *obj,
			  const char *name)
{
  const struct klp_symmap *map = c->target->map;
  struct klp_strbuf list = { 0 };

  if (map)
    return klp_format_candidates (c->file, map,
				  klp_symmap_lookup (map, name), obj);
  for (size_t o = 0; o < c->target->nobjs; o++)
    {
      const struct klp_objsyms *os = c->target->objs[o];
      const struct name_entry *e;
      unsigned long nth = 0;

      if ((obj && strcmp (os->name, obj) != 0)
	  || !(e = find_entry (c, o, name)))
	continue;
      for (size_t i = 0; i < os->nsyms; i++)
	if (strcmp (os->syms[i].name, name) == 0
	    && klp_add_candidate (c->file, &list, os->name, ++nth, e->count,
				  os->syms[i].file, os->syms[i].type) < 0)
	  {
	    klp_strbuf_free (&list);
	    return NULL;
	  }
    }
  if (!klp_strbuf_str (c->file, &list))
    {
      klp_strbuf_free (&list);
      return NULL;
    }
  return list.data;
}

enum export_verdict
{
  EXPORTED,
  NOT_EXPORTED,
  EXPORT_UNKNOWN
};

/* Whether the target exports NAME.  WHY receives, for NOT_EXPORTED and
   EXPORT_UNKNOWN, the reason, in words.  */
static enum export_verdict
judge_export (const struct klp_check *c, const char *name, char *why,
	      size_t size)
{
  const struct klp_target *t = c->target;
  const struct name_entry *e, *defined = NULL;

  if (klp_is_known_export (t->symvers, t->map, name))
    return EXPORTED;
  if (t->map)
    {
      const struct klp_mapsym *m = klp_symmap_lookup (t->map, name);
      if (m)
	snprintf (why, size, "'%s' defines it but does not export it, "
		  "according to '%s'", klp_mapsym_object (t->map, m),
		  klp_symmap_path (t->map));
      else
	snprintf (why, size, "no object of '%s' defines it",
		  klp_symmap_path (t->map));
      return NOT_EXPORTED;
    }
  klp_htab_for_each (&c->names, klp_hash_str (name), e, struct name_entry,
		     node)
    if (strcmp (e->name, name) == 0)
      {
	if (e->exported)
	  return EXPORTED;
	if (e->count && !defined)
	  defined = e;
      }
  if (!c->list_has_exports && !t->symvers)
    {
      snprintf (why, size, "'%s' has no '__ksymtab_' symbols that would "
		"tell its exports (give Module.symvers with --symvers)",
		t->list_path);
      return EXPORT_UNKNOWN;
    }
  if (defined)
    {
      snprintf (why, size, "'%s' defines it but does not export it, "
		"according to '%s'", t->objs[defined->obj]->name,
		t->list_path);
      return NOT_EXPORTED;
    }
  if (t->symvers)
    {
      snprintf (why, size, "neither '%s' nor Module.symvers knows it",
		t->list_path);
      return NOT_EXPORTED;
    }
  snprintf (why, size, "no object of '%s' defines it, and a module %s may "
	    "export it (give Module.symvers with --symvers to judge)",
	    t->list_path, c->list_has_modules
	    ? "that was not loaded when the list was made" : "(the list has "
	    "vmlinux only)");
  return EXPORT_UNKNOWN;
}

/* --------------------------------------------------------------------
   Setup.
   -------------------------------------------------------------------- */

struct klp_check *
klp_check_new (struct klp_elf *elf, const struct klp_target *target)
{
  struct klp_check *c = klp_xcalloc (elf->path, 1, sizeof *c);

  if (!c)
    return NULL;
  c->elf = elf;
  c->file = elf->path;
  c->target = target;
  c->modname = klp_find_module_name (elf);
  c->annotated = klp_xcalloc (c->file, elf->nsyms + 1, sizeof *c->annotated);
  c->judged = klp_xcalloc (c->file, elf->nsyms + 1, sizeof *c->judged);
  if (!c->modname || !c->annotated || !c->judged
      || (!target->map && index_list (c) != 0))
    {
      klp_check_free (c);
      return NULL;
    }
  return c;
}

void
klp_check_free (struct klp_check *c)
{
  if (!c)
    return;
  free (c->modname);
  klp_htab_free (&c->names);
  free (c->entries);
  free (c->annotations);
  free (c->annotated);
  free (c->judged);
  for (size_t i = 0; i < c->nunknown_objects; i++)
    free (c->unknown_objects[i]);
  free (c->unknown_objects);
  free (c);
}

size_t
klp_check_unjudged (const struct klp_check *c)
{
  return c->unjudged;
}

size_t
klp_check_klp_section_count (const struct klp_check *c)
{
  return c->nklp_sections;
}

size_t
klp_check_klp_symbol_count (const struct klp_check *c)
{
  return c->nklp_symbols;
}

const char *
klp_check_target_path (const struct klp_check *c)
{
  return target_path (c);
}

/* --------------------------------------------------------------------
   Pass 2: modinfo.
   -------------------------------------------------------------------- */

int
klp_check_modinfo (struct klp_check *c)
{
  return klp_check_livepatch_modinfo (c->elf, NULL);
}

/* --------------------------------------------------------------------
   Pass 3: annotations never applied.
   -------------------------------------------------------------------- */

int
klp_check_annotations_applied (struct klp_check *c)
{
  struct klp_section *sec = klp_first_annotation_section (c->elf);

  if (!sec)
    return 0;
  klp_error (c->file, "annotation section '%s' is still in the module: its "
	     "KLP_SYMPOS/KLP_SYMFILE annotations were never applied, so the "
	     "module was never converted (was it linked by a linker that "
	     "ignores the libklp ld plugin, such as ld.lld or mold, or "
	     "without the plugin? convert it with klp-convert)", sec->name);
  /* Remember which symbols they name, for pass 4's messages.  */
  if (klp_read_annotations (c->elf, &c->annotations, &c->nannotations) == 0)
    for (size_t i = 0; i < c->nannotations; i++)
      if (!c->annotated[c->annotations[i].sym->index])
	c->annotated[c->annotations[i].sym->index] = &c->annotations[i];
  return -1;
}

/* --------------------------------------------------------------------
   Pass 4: the module loader's simplify_symbols.
   -------------------------------------------------------------------- */

/* Report that the loader would refuse the undefined symbol SYM, and why
   (WHY: what the target says).  */
static void
report_unknown_symbol (struct klp_check *c, const struct klp_symbol *sym,
		       const char *why)
{
  const struct klp_annotation *a = c->annotated[sym->index];
  char obj[KLP_OBJNAME_MAX + 1], name[KLP_SYMNAME_MAX + 1], desc[600];
  const char *file;
  unsigned long pos;

  if (klp_parse_sym_name (sym->name, obj, name, &pos)
      || klp_parse_symfile_name (sym->name, obj, name, &file))
    klp_error (c->file, "symbol '%s' has a klp symbol name but is an "
	       "ordinary undefined symbol, not SHN_LIVEPATCH: the libklp ld "
	       "plugin renamed it and the module was never converted, and the "
	       "module loader refuses the module (\"%s: Unknown symbol %s "
	       "(err -2)\"); convert it with klp-convert", sym->name,
	       c->modname, sym->name);
  else if (a)
    klp_error (c->file, "symbol '%s' is annotated (%s in '%s') but is still "
	       "an ordinary undefined symbol: the annotations were never "
	       "applied, and the module loader refuses the module (\"%s: "
	       "Unknown symbol %s (err -2)\")", sym->name,
	       klp_describe_annotation (a, desc, sizeof desc), a->sec->name,
	       c->modname, sym->name);
  else
    klp_error (c->file, "symbol '%s' is undefined and not exported (%s): the "
	       "module loader refuses the module (\"%s: Unknown symbol %s "
	       "(err -2)\"); klp-convert turns such references into klp "
	       "relocations", sym->name, why, c->modname, sym->name);
}

int
klp_check_undefined_symbols (struct klp_check *c)
{
  struct klp_symbol *sym;
  int ret = 0;

  klp_for_each_symbol (c->elf, sym)
    {
      char why[1024] = "";

      if (sym->removed)
	continue;
      if (sym->shndx == SHN_COMMON)
	{
	  klp_error (c->file, "symbol '%s' is a common symbol: the module "
		     "loader refuses the module (\"%s: please compile with "
		     "-fno-common\")", sym->name, c->modname);
	  ret = -1;
	  continue;
	}
      if (!is_undefined_symbol (sym) || is_weak_symbol (sym)
	  || klp_is_loader_ignored_name (c->elf->ehdr.e_machine, sym->name))
	continue;
      if (c->annotated[sym->index]
	  || klp_has_prefix (sym->name, KLP_SYM_PREFIX))
	{
	  report_unknown_symbol (c, sym, "");
	  ret = -1;
	  continue;
	}
      switch (judge_export (c, sym->name, why, sizeof why))
	{
	case EXPORTED:
	  klp_note (c->file, "'%s' is exported: the module loader resolves it",
		    sym->name);
	  break;
	case NOT_EXPORTED:
	  report_unknown_symbol (c, sym, why);
	  ret = -1;
	  break;
	case EXPORT_UNKNOWN:
	  klp_warn (c->file, "cannot tell whether undefined symbol '%s' is "
		    "exported: %s; if it is not, the module loader refuses "
		    "the module (\"%s: Unknown symbol %s (err -2)\")",
		    sym->name, why, c->modname, sym->name);
	  c->unjudged++;
	  break;
	}
    }
  return ret;
}

/* --------------------------------------------------------------------
   Pass 5: klp relocation sections.
   -------------------------------------------------------------------- */

/* A klp symbol SYM used in SEC whose name the kernel cannot parse.  */
static void
report_bad_klp_name (struct klp_check *c, const struct klp_section *sec,
		     const struct klp_symbol *sym)
{
  char obj[KLP_OBJNAME_MAX + 1], name[KLP_SYMNAME_MAX + 1];
  const char *file;

  if (klp_parse_symfile_name (sym->name, obj, name, &file))
    klp_error (c->file, "klp symbol '%s' (used in '%s') still names a source "
	       "file: klp-convert never replaced ',@%s' with a position (from "
	       "the symbol map), and the kernel cannot parse the name "
	       "(\"livepatch: symbol %s has an incorrectly formatted name\")",
	       sym->name, sec->name, file, sym->name);
  else
    klp_error (c->file, "klp symbol '%s' (used in '%s'): the kernel cannot "
	       "parse its name: expected "
	       "'.klp.sym.<object>.<name>,<position>' with an object of at "
	       "most %d characters without '.', a name of at most %d "
	       "characters without ',' (\"livepatch: symbol %s has an "
	       "incorrectly formatted name\")", sym->name, sec->name,
	       KLP_OBJNAME_MAX, KLP_SYMNAME_MAX, sym->name);
}

/* The relocations of the klp relocation section SEC of object OBJ.  */
static int
check_klp_relocations (struct klp_check *c, struct klp_section *sec,
		       const char *obj)
{
  struct klp_section *target = sec->info;
  const char *why = target ? klp_find_section_rule (target->name, obj) : NULL;
  const char *bad_sym = NULL;
  bool reported_symbol = false;
  struct klp_rela_iter r;
  size_t bad = 0;
  int ret = 0;

  if (why)
    {
      klp_error (c->file, "klp relocation section '%s' patches '%s', which a "
		 "klp relocation for object '%s' cannot: %s", sec->name,
		 target->name, obj, why);
      ret = -1;
    }
  klp_for_each_rela (sec, r)
    {
      char sobj[KLP_OBJNAME_MAX + 1], sname[KLP_SYMNAME_MAX + 1];
      unsigned long pos;

      if (!r.sym || r.sym->shndx != KLP_SHN_LIVEPATCH)
	{
	  /* The kernel stops at the first: report one per section.  */
	  if (!reported_symbol)
	    klp_report_not_livepatch_symbol (c->elf, sec, &r.rela, r.sym);
	  reported_symbol = true;
	  ret = -1;
	  continue;
	}
      if (!klp_parse_sym_name (r.sym->name, sobj, sname, &pos))
	{
	  if (!c->judged[r.sym->index])
	    report_bad_klp_name (c, sec, r.sym);
	  c->judged[r.sym->index] = true;
	  ret = -1;
	  continue;
	}
      if (!is_vmlinux_object (obj) && is_vmlinux_object (sobj)
	  && bad++ == 0)
	bad_sym = r.sym->name;
      if (is_alloc_section (target)
	  && klp_check_reloc_target (c->elf, target, &r.rela, r.sym->name)
	     != 0)
	ret = -1;
      if (!is_vmlinux_object (sobj)
	  && klp_check_s390_module_reloc (c->elf, target, &r.rela,
					  r.sym->name, sobj) != 0)
	ret = -1;
    }
  if (bad)
    {
      klp_report_vmlinux_in_module_section (c->elf, sec, bad_sym, bad);
      ret = -1;
    }
  return ret;
}

int
klp_check_klp_sections (struct klp_check *c)
{
  struct klp_section *sec;
  int ret = 0;

  klp_for_each_section (c->elf, sec)
    {
      char obj[KLP_OBJNAME_MAX + 1];
      int r;

      if (sec->removed || !klp_is_klp_rela_section (sec))
	continue;
      c->nklp_sections++;
      r = klp_check_klp_rela_header (c->elf, sec, obj);
      if (r != 0)
	ret = -1;
      if (r != -2 && check_klp_relocations (c, sec, obj) != 0)
	ret = -1;
    }
  return ret;
}

/* --------------------------------------------------------------------
   Pass 6: ordinary relocations against klp symbols.
   -------------------------------------------------------------------- */

int
klp_check_ordinary_relocations (struct klp_check *c)
{
  struct klp_section *sec;
  int ret = 0;

  klp_for_each_section (c->elf, sec)
    {
      GElf_Rela first = { 0 };
      const struct klp_symbol *first_sym = NULL;
      struct klp_rela_iter r;
      size_t n = 0;

      if (sec->removed || !is_rela_section (sec)
	  || klp_is_klp_rela_section (sec) || !is_alloc_section (sec->info))
	continue;
      klp_for_each_rela (sec, r)
	if (r.sym && r.sym->shndx == KLP_SHN_LIVEPATCH && n++ == 0)
	  {
	    first = r.rela;
	    first_sym = r.sym;
	  }
      if (n)
	{
	  klp_error (c->file, "ordinary relocation section '%s' has %zu "
		     "relocation%s against klp symbols (the first at "
		     "'%s'+0x%lx against '%s'): the module loader applies "
		     "them when the module loads, with the symbols' value "
		     "still 0, since the livepatch core resolves klp symbols "
		     "only for klp relocation sections (the kernel prints "
		     "nothing; the code would use address 0)", sec->name, n,
		     n == 1 ? "" : "s", sec->info->name,
		     (unsigned long) first.r_offset, first_sym->name);
	  ret = -1;
	}
    }
  return ret;
}

/* --------------------------------------------------------------------
   Pass 7: resolving klp symbols.
   -------------------------------------------------------------------- */

/* Warn, once per object, that the target does not describe OBJ; SYM is
   the klp symbol that names it.  */
static int
report_unknown_object (struct klp_check *c, const struct klp_symbol *sym,
		       const char *obj)
{
  char *copy;

  c->unjudged++;
  for (size_t i = 0; i < c->nunknown_objects; i++)
    if (strcmp (c->unknown_objects[i], obj) == 0)
      return 0;
  if (klp_array_reserve (c->file, c->unknown_objects,
			 c->unknown_objects_alloc, c->nunknown_objects + 1) < 0
      || !(copy = klp_xstrdup (c->file, obj)))
    return -1;
  c->unknown_objects[c->nunknown_objects++] = copy;
  if (c->target->map)
    klp_warn (c->file, "cannot resolve the klp symbols of object '%s' (the "
	      "first is '%s'): symbol map '%s' does not describe '%s'", obj,
	      sym->name, target_path (c), obj);
  else
    klp_warn (c->file, "cannot resolve the klp symbols of object '%s' (the "
	      "first is '%s'): '%s' has no symbols of '%s' (%s; the kernel "
	      "resolves them when that module loads)", obj, sym->name,
	      target_path (c), obj, c->list_has_modules
	      ? "it was not loaded when the list was made"
	      : "the list has vmlinux only");
  return 0;
}

/* Resolve the klp symbol SYM, named OBJ.NAME,POS, as the kernel would.  */
static int
resolve_klp_symbol (struct klp_check *c, const struct klp_symbol *sym,
		    const char *obj, const char *name, unsigned long pos)
{
  char kernel[KLP_SYMPOS_FAILURE_SIZE], *list;
  enum klp_sympos_verdict verdict;
  unsigned long count;

  if (!count_in_object (c, obj, name, &count))
    return report_unknown_object (c, sym, obj);
  verdict = klp_judge_sympos (count, pos);
  if (verdict == KLP_SYMPOS_OK)
    {
      klp_note (c->file, "'%s' resolves: '%s' has %lu '%s' in '%s'",
		sym->name, obj, count, name, target_path (c));
      return 0;
    }
  klp_format_sympos_failure (kernel, sizeof kernel, verdict, obj, name, pos);
  list = format_target_candidates (c, verdict == KLP_SYMPOS_NOT_FOUND
					? NULL : obj, name);
  if (!list)
    return -1;
  switch (verdict)
    {
    case KLP_SYMPOS_NOT_FOUND:
      klp_error (c->file, "klp symbol '%s': object '%s' has no symbol '%s' "
		 "in '%s': the kernel refuses the module (\"%-s\")%s%-s",
		 sym->name, obj, name, target_path (c), kernel,
		 *list ? "; symbols of that name in other objects:" : "",
		 list);
      break;
    case KLP_SYMPOS_AMBIGUOUS:
      klp_error (c->file, "klp symbol '%s': position 0 means that '%s' is "
		 "unique in '%s', but '%s' has %lu: the kernel refuses the "
		 "module (\"%-s\"); candidates:%-s", sym->name, name, obj,
		 target_path (c), count, kernel, list);
      break;
    default:
      klp_error (c->file, "klp symbol '%s': position %lu, but '%s' has %lu "
		 "'%s' in '%s': the kernel refuses the module (\"%-s\"); "
		 "candidates:%-s", sym->name, pos, target_path (c), count, name,
		 obj, kernel, list);
      break;
    }
  free (list);
  return -1;
}

int
klp_check_klp_symbols (struct klp_check *c)
{
  struct klp_section *sec;
  int ret = 0;

  klp_for_each_section (c->elf, sec)
    {
      char obj[KLP_OBJNAME_MAX + 1];
      struct klp_rela_iter r;

      if (sec->removed || !klp_is_klp_rela_section (sec)
	  || sec->sh.sh_type != SHT_RELA
	  || !klp_parse_rela_name (sec->name, obj))
	continue;
      klp_for_each_rela (sec, r)
	{
	  char sobj[KLP_OBJNAME_MAX + 1], name[KLP_SYMNAME_MAX + 1];
	  unsigned long pos;

	  if (!r.sym || r.sym->shndx != KLP_SHN_LIVEPATCH
	      || c->judged[r.sym->index]
	      || !klp_parse_sym_name (r.sym->name, sobj, name, &pos))
	    continue;
	  c->judged[r.sym->index] = true;
	  c->nklp_symbols++;
	  if (resolve_klp_symbol (c, r.sym, sobj, name, pos) != 0)
	    ret = -1;
	}
    }
  return ret;
}
