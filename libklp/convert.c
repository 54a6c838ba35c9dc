/* Conversion of a linked livepatch module into the kernel's klp format.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The passes are described in convert.h.  Everything is
   linear in the size of the module: one state per symbol, filled the
   first time a relocation uses it; hash lookups in the map and in the
   set of klp relocation sections being built.

   Terms used below:
   - a source section is a relocation section libklp may take
     relocations from: live, not an annotation's, not a klp relocation
     section;
   - an existing klp section is a relocation section of the input that is
     already a klp relocation section (by name or by SHF_RELA_LIVEPATCH);
   - a group is one klp relocation section being built: one per target
     section and object, in the order of the target section's index, then
     of the object's first use in that section.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <klp/abi.h>
#include "annotations.h"
#include "array.h"
#include "convert.h"
#include "diag.h"
#include "hash.h"
#include "rules.h"
#include "strutil.h"

/* Where a klp symbol's object and position come from.  */
enum origin
{
  ORIGIN_NONE,
  ORIGIN_KLP_NAME,		/* Its own ".klp.sym." name.  */
  ORIGIN_ANNOTATION,		/* A KLP_SYMPOS annotation.  */
  ORIGIN_MAP,			/* A name unique in the symbol map.  */
  ORIGIN_KLP_FILE_NAME,		/* Its own ".klp.sym.*,@<file>" name.  */
  ORIGIN_FILE_ANNOTATION	/* A KLP_SYMFILE annotation.  */
};

enum sym_state
{
  SYM_UNSEEN,			/* No relocation looked at it yet.  */
  SYM_KEEP,			/* Stays an ordinary symbol.  */
  SYM_CONVERT,			/* Becomes a klp symbol.  */
  SYM_FAILED			/* An error was reported about it.  */
};

struct sym_info
{
  enum sym_state state;
  enum origin origin;
  const struct klp_annotation *annotation; /* The first KLP_SYMPOS
				   naming it.  */
  const struct klp_annotation *file_annotation; /* The first
				   KLP_SYMFILE naming it.  */
  bool reported;
  const char *obj;		/* Resolved object.  */
  const char *name;		/* Name in that object.  */
  const char *file;		/* The source file to find it by, or
				   NULL.  */
  unsigned long pos;
  char *parsed;			/* Owned "OBJ\0NAME" of a .klp.sym name.  */
  char *klp_name;		/* Owned final name.  */
  struct klp_section *use;	/* First relocation section using it.  */
  size_t moved;			/* Moved in the current target (notes).  */
};

struct convert
{
  struct klp_elf *elf;
  const struct klp_convert_options *opts;
  const char *file;
  struct klp_annotation *annotations;
  size_t nannotations;
  struct sym_info *syms;	/* [elf->nsyms] */
  struct klp_section **sources; /* Sorted by target, then index.  */
  size_t nsources;
  struct klp_section **existing; /* Existing klp sections.  */
  size_t nexisting;
  long moved;
};

/* --------------------------------------------------------------------
   Names.
   -------------------------------------------------------------------- */

/* The caller's words for how to give something (klp_convert_options'
   HOW), or nothing.  */
static const char *
hint (const char *words)
{
  return words ? words : "";
}

/* Where SYM was first used, for messages: the patched section.  */
static const char *
use_of (const struct sym_info *st)
{
  return st->use && st->use->info ? st->use->info->name : "?";
}

/* --------------------------------------------------------------------
   Setup: the per-symbol states and the lists of relocation sections.
   -------------------------------------------------------------------- */

static int
compare_sources (const void *a, const void *b)
{
  const struct klp_section *x = *(struct klp_section *const *) a;
  const struct klp_section *y = *(struct klp_section *const *) b;

  if (x->info->index != y->info->index)
    return x->info->index < y->info->index ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static int
init_convert (struct convert *c, struct klp_elf *elf,
	      const struct klp_convert_options *opts)
{
  static const struct klp_convert_options defaults;
  struct klp_section *sec;

  memset (c, 0, sizeof *c);
  c->elf = elf;
  c->opts = opts ? opts : &defaults;
  c->file = elf->path;
  c->syms = klp_xcalloc (c->file, elf->nsyms, sizeof *c->syms);
  c->sources = klp_xcalloc (c->file, elf->nsections, sizeof *c->sources);
  c->existing = klp_xcalloc (c->file, elf->nsections, sizeof *c->existing);
  if (!c->syms || !c->sources || !c->existing)
    return -1;

  klp_for_each_section (elf, sec)
    {
      if (sec->removed)
	continue;
      if (klp_is_klp_rela_section (sec))
	c->existing[c->nexisting++] = sec;
      else if (is_rela_section (sec) && sec->info
	       && !klp_is_annotation_section (sec->info))
	c->sources[c->nsources++] = sec;
    }
  qsort (c->sources, c->nsources, sizeof *c->sources, compare_sources);
  return 0;
}

static void
free_convert (struct convert *c)
{
  if (c->syms)
    for (size_t i = 0; i < c->elf->nsyms; i++)
      {
	free (c->syms[i].parsed);
	free (c->syms[i].klp_name);
      }
  free (c->syms);
  free (c->sources);
  free (c->existing);
  free (c->annotations);
}

/* --------------------------------------------------------------------
   Pass 1: annotations.
   -------------------------------------------------------------------- */

/* Report that annotations B and A of one symbol disagree.  */
static void
report_conflict (struct convert *c, const struct klp_annotation *b,
		 const struct klp_annotation *a)
{
  char t1[KLP_SYMNAME_MAX + 16], t2[KLP_SYMNAME_MAX + 16];

  const char *kinds = !a->file && !b->file ? "KLP_SYMPOS"
		      : a->file && b->file ? "KLP_SYMFILE"
		      : "KLP_SYMPOS and KLP_SYMFILE";

  klp_error (c->file, "conflicting %s annotations for '%s': %s in object "
	     "'%s' ('%s' at offset 0x%lx) and %s in object '%s' ('%s' at "
	     "offset 0x%lx); objects that mean different symbols of that name "
	     "were probably merged by 'ld -r' without the libklp ld plugin, "
	     "which keeps each object's positions (ld -r -plugin libklp.so)",
	     kinds, a->sym->name,
	     klp_describe_annotation_target (b, t1, sizeof t1), b->obj,
	     b->sec->name, (unsigned long) b->offset,
	     klp_describe_annotation_target (a, t2, sizeof t2), a->obj,
	     a->sec->name, (unsigned long) a->offset);
}

/* Note the first annotation of each kind of every symbol, and report the
   others that disagree with it.  A KLP_SYMPOS and a KLP_SYMFILE of one
   symbol are compared once the file is resolved (resolve_symbol).  */
static int
index_annotations (struct convert *c)
{
  int ret = 0;

  for (size_t i = 0; i < c->nannotations; i++)
    {
      const struct klp_annotation *a = &c->annotations[i];
      struct sym_info *st = &c->syms[a->sym->index];
      const struct klp_annotation **first
	= a->file ? &st->file_annotation : &st->annotation;
      const struct klp_annotation *b = *first;

      if (!is_undefined_symbol (a->sym) && a->sym->shndx != KLP_SHN_LIVEPATCH)
	{
	  /* After 'ld -r', the references of the annotated object now
	     reach the module's own definition, not the patched object's:
	     silently wrong code, unless the plugin renamed them first.  */
	  if (!st->reported)
	    klp_error (c->file, "annotation in '%s' at offset 0x%lx names "
		       "'%s', which the module defines: its references reach "
		       "that definition, not the symbol of object '%s'; rename "
		       "one of them, or link with the libklp ld plugin, which "
		       "keeps annotated references apart",
		       a->sec->name, (unsigned long) a->offset, a->sym->name,
		       a->obj);
	  st->reported = true;
	  ret = -1;
	  continue;
	}
      if (!b)
	{
	  *first = a;
	  continue;
	}
      if (klp_is_same_annotation_target (b, a))
	continue;
      if (!st->reported)
	report_conflict (c, b, a);
      st->reported = true;
      st->state = SYM_FAILED;
      ret = -1;
    }
  return ret;
}


/* --------------------------------------------------------------------
   Pass 2: which symbols become klp symbols.
   -------------------------------------------------------------------- */

/* Parse a .klp.sym name into ST: ".klp.sym.<obj>.<name>,<pos>", or
   ".klp.sym.<obj>.<name>,@<file>" as the ld plugin renames a symbol that
   a KLP_SYMFILE annotation names.  */
static int
classify_klp_name (struct convert *c, struct klp_symbol *sym,
		   struct sym_info *st)
{
  char obj[KLP_OBJNAME_MAX + 1], name[KLP_SYMNAME_MAX + 1];
  size_t lobj, lname;

  if (klp_parse_symfile_name (sym->name, obj, name, &st->file))
    st->origin = ORIGIN_KLP_FILE_NAME;
  else if (klp_parse_sym_name (sym->name, obj, name, &st->pos))
    st->origin = ORIGIN_KLP_NAME;
  else
    {
      klp_error (c->file, "symbol '%s' (used in '%s') has a name the kernel "
		 "cannot parse: expected '.klp.sym.<object>.<name>,<position>' "
		 "with an object of at most %d characters without '.', a name "
		 "of at most %d characters without ',', and a decimal "
		 "position", sym->name, use_of (st), KLP_OBJNAME_MAX,
		 KLP_SYMNAME_MAX);
      return -1;
    }
  if (sym->sec || (sym->shndx != SHN_UNDEF
		   && sym->shndx != KLP_SHN_LIVEPATCH))
    {
      klp_error (c->file, "klp symbol '%s' is defined (section index %zu): "
		 "a klp symbol must be undefined or SHN_LIVEPATCH", sym->name,
		 sym->shndx);
      return -1;
    }
  lobj = strlen (obj);
  lname = strlen (name);
  st->parsed = klp_xmalloc (c->file, lobj + lname + 2);
  if (!st->parsed)
    return -1;
  memcpy (st->parsed, obj, lobj + 1);
  memcpy (st->parsed + lobj + 1, name, lname + 1);
  st->obj = st->parsed;
  st->name = st->parsed + lobj + 1;
  return 0;
}

/* Decide what becomes of SYM, which a relocation uses.  */
static enum sym_state
classify_symbol (struct convert *c, struct klp_symbol *sym,
		 struct sym_info *st)
{
  const struct klp_convert_options *o = c->opts;

  if (klp_has_prefix (sym->name, KLP_SYM_PREFIX))
    return classify_klp_name (c, sym, st) == 0 ? SYM_CONVERT : SYM_FAILED;
  if (sym->shndx == KLP_SHN_LIVEPATCH)
    {
      klp_error (c->file, "symbol '%s' is SHN_LIVEPATCH but its name is not "
		 "'.klp.sym.<object>.<name>,<position>': the kernel would "
		 "refuse it", sym->name);
      return SYM_FAILED;
    }
  if (!is_undefined_symbol (sym)
      || klp_is_loader_ignored_name (c->elf->ehdr.e_machine, sym->name)
      || klp_is_linker_provided_name (c->elf->ehdr.e_machine, sym->name))
    return SYM_KEEP;
  if (o->is_defined_elsewhere
      && o->is_defined_elsewhere (o->defined_elsewhere_data, sym->name))
    return SYM_KEEP;
  if (st->annotation || st->file_annotation)
    {
      /* An annotation asks for a klp symbol even when the name is weak or
	 exported: that is how a patch refers to a module's exports without
	 making the module a dependency (late module patching).  */
      st->origin = st->annotation ? ORIGIN_ANNOTATION
				  : ORIGIN_FILE_ANNOTATION;
      return SYM_CONVERT;
    }
  if (is_weak_symbol (sym)
      || klp_is_known_export (o->symvers, o->map, sym->name))
    return SYM_KEEP;
  st->origin = ORIGIN_MAP;
  return SYM_CONVERT;
}

static void
classify_relocations (struct convert *c, struct klp_section *sec, int *ret)
{
  struct klp_rela_iter r;

  klp_for_each_rela (sec, r)
    {
      struct sym_info *st;

      if (!r.sym)
	continue;
      st = &c->syms[r.sym->index];
      if (st->state == SYM_UNSEEN)
	{
	  st->use = sec;
	  st->state = classify_symbol (c, r.sym, st);
	  if (st->state == SYM_FAILED)
	    *ret = -1;
	}
    }
}

static int
classify_symbols (struct convert *c)
{
  int ret = 0;

  for (size_t i = 0; i < c->nsources; i++)
    classify_relocations (c, c->sources[i], &ret);
  for (size_t i = 0; i < c->nexisting; i++)
    if (is_rela_section (c->existing[i]))
      classify_relocations (c, c->existing[i], &ret);
  return ret;
}

/* --------------------------------------------------------------------
   Pass 3: resolve objects and positions.
   -------------------------------------------------------------------- */

static size_t
count_candidates (const struct klp_symmap *map, const struct klp_mapsym *first)
{
  size_t n = 0;
  for (const struct klp_mapsym *m = first; m; m = klp_mapsym_next (map, m))
    n++;
  return n;
}

/* The first candidate of the chain FIRST whose source file tells it
   apart from the other symbols of that name in its object, or NULL.  */
static const struct klp_mapsym *
find_file_candidate (const struct klp_symmap *map,
		     const struct klp_mapsym *first)
{
  for (const struct klp_mapsym *m = first; m; m = klp_mapsym_next (map, m))
    {
      const char *src = klp_mapsym_file (map, m);
      const char *obj = klp_mapsym_object (map, m);
      size_t matches = 0;

      if (!src)
	continue;
      for (const struct klp_mapsym *o = first; o; o = klp_mapsym_next (map, o))
	if (strcmp (klp_mapsym_object (map, o), obj) == 0
	    && klp_is_symfile_match (klp_mapsym_file (map, o), src))
	  matches++;
      if (matches == 1)
	return m;
    }
  return NULL;
}

static int
resolve_from_map (struct convert *c, struct klp_symbol *sym,
		  struct sym_info *st)
{
  const struct klp_convert_options *o = c->opts;
  const struct klp_symmap *map = o->map;
  const struct klp_mapsym *m, *f, *s;
  char *list, *or_file = NULL, *file_line = NULL;

  if (!map)
    {
      klp_error (c->file, "symbol '%s' (used in '%s') is undefined, not "
		 "annotated and not known to be exported, and no symbol map "
		 "tells which object defines it: annotate it with KLP_SYMPOS, "
		 "or give the target kernel's symbol map (klp-symbols makes "
		 "one)%s%s%s%s", sym->name, use_of (st), hint (o->how.map),
		 o->symvers ? "" : ", and Module.symvers",
		 o->symvers ? "" : hint (o->how.symvers),
		 o->symvers ? "" : " for exported symbols");
      return -1;
    }
  m = klp_symmap_lookup (map, sym->name);
  if (!m)
    {
      klp_error (c->file, "symbol '%s' (used in '%s') is not exported and "
		 "not in symbol map '%s': no object of the target kernel "
		 "defines it%s%s%s", sym->name, use_of (st),
		 klp_symmap_path (map),
		 o->symvers ? "" : " (if it is exported, give Module.symvers",
		 o->symvers ? "" : hint (o->how.symvers),
		 o->symvers ? "" : ")");
      return -1;
    }
  if (!klp_mapsym_next (map, m))
    {
      st->obj = klp_mapsym_object (map, m);
      st->name = sym->name;
      st->pos = 0;
      return 0;
    }
  /* The suggestion: the candidate that the map's source files tell
     apart, else the first.  */
  f = find_file_candidate (map, m);
  s = f ? f : m;
  list = klp_format_candidates (c->file, map, m, NULL);
  if (f)
    {
      or_file = klp_xasprintf (c->file, ", or 'KLP_SYMFILE(%s, \"<file>\")' "
			       "inside a 'KLP_MODULE_RELOC_FILE(<obj>)' array,",
			       sym->name);
      file_line = klp_xasprintf (c->file, ", or 'KLP_SYMFILE(%s, \"%s\")' "
				 "inside 'KLP_MODULE_RELOC_FILE(%s)'",
				 sym->name, klp_mapsym_file (map, f),
				 klp_mapsym_object (map, f));
    }
  if (list && (!f || (or_file && file_line)))
    klp_error (c->file, "symbol '%s' (used in '%s') is ambiguous: %zu "
	       "symbols of that name in '%s':%-s\nadd 'KLP_SYMPOS(%s, <pos>)' "
	       "inside a 'KLP_MODULE_RELOC(<obj>)' array%s for the one meant; "
	       "for '%s %lu': 'KLP_SYMPOS(%s, %lu)' inside "
	       "'KLP_MODULE_RELOC(%s)'%s",
	       sym->name, use_of (st), count_candidates (map, m),
	       klp_symmap_path (map), list, sym->name, f ? or_file : "",
	       klp_mapsym_object (map, s), klp_mapsym_sympos (map, s),
	       sym->name, klp_mapsym_sympos (map, s),
	       klp_mapsym_object (map, s),
	       f ? file_line : " (the map gives no source file that tells "
	       "them apart, which KLP_SYMFILE would need)");
  free (or_file);
  free (file_line);
  free (list);
  return -1;
}

/* How ST got its object, for messages.  */
static void
describe_origin (const struct convert *c, const struct sym_info *st,
		 char *buf, size_t size)
{
  switch (st->origin)
    {
    case ORIGIN_ANNOTATION:
      snprintf (buf, size, "annotation in '%s'", st->annotation->sec->name);
      break;
    case ORIGIN_FILE_ANNOTATION:
      snprintf (buf, size, "annotation in '%s'",
		st->file_annotation->sec->name);
      break;
    case ORIGIN_KLP_NAME:
    case ORIGIN_KLP_FILE_NAME:
      snprintf (buf, size, "its klp symbol name");
      break;
    case ORIGIN_MAP:
      snprintf (buf, size, "symbol map '%s'",
		klp_symmap_path (c->opts->map));
      break;
    default:
      snprintf (buf, size, "?");
      break;
    }
}

/* The names must be ones the kernel parses back to the same object and
   symbol.  */
static int
check_names (struct convert *c, struct klp_symbol *sym, struct sym_info *st)
{
  char from[512];
  size_t lobj = strlen (st->obj), lname = strlen (st->name);
  int ret = 0;

  describe_origin (c, st, from, sizeof from);
  switch (klp_find_objname_problem (st->obj))
    {
    case KLP_NAME_EMPTY:
      klp_error (c->file, "symbol '%s' (used in '%s'): the object name from "
		 "%s is empty", sym->name, use_of (st), from);
      ret = -1;
      break;
    case KLP_NAME_TOO_LONG:
      klp_error (c->file, "symbol '%s' (used in '%s'): object name '%s' "
		 "from %s has %zu characters; the kernel reads at most %d",
		 sym->name, use_of (st), st->obj, from, lobj, KLP_OBJNAME_MAX);
      ret = -1;
      break;
    case KLP_NAME_BAD_CHAR:
      klp_error (c->file, "symbol '%s' (used in '%s'): object name '%s' "
		 "from %s contains '.', which ends the object name in the "
		 "kernel's '.klp.sym.<object>.<name>,<position>'", sym->name,
		 use_of (st), st->obj, from);
      ret = -1;
      break;
    default:
      if (klp_find_modname_problem (st->obj) == KLP_NAME_DASH)
	klp_warn (c->file, "symbol '%s' (used in '%s'): object name '%s' "
		  "from %s contains '-': the kernel knows modules by "
		  "KBUILD_MODNAME, where '-' becomes '_'", sym->name,
		  use_of (st), st->obj, from);
      break;
    }

  switch (klp_find_symname_problem (st->name))
    {
    case KLP_NAME_EMPTY:
      klp_error (c->file, "a symbol with an empty name (used in '%s') cannot "
		 "become a klp symbol", use_of (st));
      ret = -1;
      break;
    case KLP_NAME_TOO_LONG:
      klp_error (c->file, "symbol '%.64s...' (used in '%s') has a name of "
		 "%zu characters; the kernel reads at most %d", st->name,
		 use_of (st), lname, KLP_SYMNAME_MAX);
      ret = -1;
      break;
    case KLP_NAME_BAD_CHAR:
      klp_error (c->file, "symbol '%s' (used in '%s') contains ',', which "
		 "ends the name in the kernel's "
		 "'.klp.sym.<object>.<name>,<position>'", st->name,
		 use_of (st));
      ret = -1;
      break;
    default:
      break;
    }
  return ret;
}

/* Find, for SYM, the symbol NAME of object OBJ in the map whose source
   file matches FILE (from FROM): exactly one candidate must.  Sets *POS
   to its position (0 when the name is unique in OBJ) and *COUNT to the
   number of symbols of that name in OBJ.  */
static int
find_by_file (struct convert *c, struct klp_symbol *sym,
	      const struct sym_info *st, const char *obj, const char *name,
	      const char *file, const char *from, unsigned long *pos,
	      unsigned long *count)
{
  const struct klp_symmap *map = c->opts->map;
  const struct klp_mapsym *m, *match = NULL;
  size_t nmatches = 0, nfiles = 0, nshorter = 0;
  char *list;

  if (!map)
    {
      klp_error (c->file, "symbol '%s' (used in '%s'): KLP_SYMFILE(%s, "
		 "\"%s\") from %s needs the target kernel's symbol map with "
		 "source files (the klp-symbols(5) format) to find its "
		 "position: give one%s", sym->name, use_of (st), name, file,
		 from, hint (c->opts->how.map));
      return -1;
    }
  if (!klp_symmap_object (map, obj))
    {
      klp_error (c->file, "symbol '%s' (used in '%s'): object '%s' of "
		 "KLP_SYMFILE(%s, \"%s\") from %s is not in symbol map '%s'",
		 sym->name, use_of (st), obj, name, file, from,
		 klp_symmap_path (map));
      return -1;
    }
  m = klp_find_mapsym_in_object (map, name, obj);
  for (const struct klp_mapsym *o = m; o; o = klp_mapsym_next (map, o))
    if (strcmp (klp_mapsym_object (map, o), obj) == 0)
      {
	nfiles += klp_mapsym_file (map, o) != NULL;
	if (klp_is_symfile_match (klp_mapsym_file (map, o), file))
	  {
	    nmatches++;
	    match = o;
	    /* The map knows less of the path than the annotation.  */
	    nshorter += strlen (klp_mapsym_file (map, o)) < strlen (file);
	  }
      }
  if (nmatches == 1)
    {
      *count = klp_mapsym_count (map, match);
      *pos = *count == 1 ? 0 : klp_mapsym_pos (map, match);
      return 0;
    }
  if (!m)
    {
      klp_error (c->file, "symbol '%s' (used in '%s'): object '%s' of "
		 "KLP_SYMFILE(%s, \"%s\") from %s has no symbol '%s' in '%s'",
		 sym->name, use_of (st), obj, name, file, from, name,
		 klp_symmap_path (map));
      return -1;
    }
  list = klp_format_candidates (c->file, map, m, obj);
  if (!list)
    return -1;
  if (nmatches == 0)
    klp_error (c->file, "symbol '%s' (used in '%s'): no '%s' of object '%s' "
	       "in '%s' comes from a file '%s' (KLP_SYMFILE from %s)%s; "
	       "candidates:%-s", sym->name, use_of (st), name, obj,
	       klp_symmap_path (map), file, from,
	       nfiles ? "" : " (the map gives no source files for them: make "
	       "it with klp-symbols from vmlinux or the module files, which "
	       "name them)", list);
  else
    klp_error (c->file, "symbol '%s' (used in '%s'): %zu symbols '%s' of "
	       "object '%s' in '%s' come from a file '%s' (KLP_SYMFILE from "
	       "%s): %s; candidates:%-s", sym->name, use_of (st), nmatches,
	       name, obj, klp_symmap_path (map), file, from,
	       nshorter == nmatches ? "the map knows too little of their "
	       "paths to tell them apart: use KLP_SYMPOS"
	       : "give more of the path, or use KLP_SYMPOS", list);
  free (list);
  return -1;
}

/* An object and position given by the author (annotation or .klp.sym
   name) must exist in the map, when the map describes that object.  */
static int
check_against_map (struct convert *c, struct klp_symbol *sym,
		   struct sym_info *st)
{
  const struct klp_symmap *map = c->opts->map;
  const struct klp_mapsym *first, *m;
  unsigned long count;
  enum klp_sympos_verdict verdict;
  char from[512], kernel[KLP_SYMPOS_FAILURE_SIZE], *list;

  if (!map || !klp_symmap_object (map, st->obj))
    return 0;
  first = klp_symmap_lookup (map, st->name);
  m = klp_find_mapsym_in_object (map, st->name, st->obj);
  count = m ? klp_mapsym_count (map, m) : 0;
  verdict = klp_judge_sympos (count, st->pos);
  if (verdict == KLP_SYMPOS_OK)
    return 0;

  describe_origin (c, st, from, sizeof from);
  klp_format_sympos_failure (kernel, sizeof kernel, verdict, st->obj,
			     st->name, st->pos);
  list = klp_format_candidates (c->file, map, first, NULL);
  if (!list)
    return -1;
  if (verdict == KLP_SYMPOS_NOT_FOUND)
    klp_error (c->file, "symbol '%s' (used in '%s'): object '%s' from %s has "
	       "no symbol '%s' in '%s' (\"%-s\")%s%-s", sym->name, use_of (st),
	       st->obj, from, st->name, klp_symmap_path (map), kernel,
	       first ? "; candidates:" : "", list);
  else if (verdict == KLP_SYMPOS_AMBIGUOUS)
    klp_error (c->file, "symbol '%s' (used in '%s'): position 0 from %s "
	       "means '%s' is unique in '%s', but '%s' lists %lu (\"%-s\"); "
	       "candidates:%-s", sym->name, use_of (st), from, st->name,
	       st->obj, klp_symmap_path (map), count, kernel, list);
  else
    klp_error (c->file, "symbol '%s' (used in '%s'): position %lu from %s "
	       "does not exist: '%s' lists %lu '%s' in '%s' (\"%-s\"); "
	       "candidates:%-s", sym->name, use_of (st), st->pos, from,
	       klp_symmap_path (map), count, st->name, st->obj, kernel, list);
  free (list);
  return -1;
}

/* Whether positions P1 and P2 of a name that its object has COUNT times
   mean the same symbol (position 1 of a unique name is position 0).  */
static bool
is_same_position (unsigned long count, unsigned long p1, unsigned long p2)
{
  return p1 == p2 || (count == 1 && p1 <= 1 && p2 <= 1);
}

/* Every annotation of SYM must agree with the object and position it
   got from its origin.  */
static int
check_annotations_agree (struct convert *c, struct klp_symbol *sym,
			 struct sym_info *st)
{
  const struct klp_annotation *a = st->annotation, *fa = st->file_annotation;
  const struct klp_annotation *bad = NULL;
  char target[KLP_SYMNAME_MAX + 16];
  unsigned long pos, count;

  if (a && st->origin == ORIGIN_KLP_NAME
      && (a->pos != st->pos || strcmp (a->obj, st->obj) != 0))
    bad = a;
  else if (a && st->origin == ORIGIN_KLP_FILE_NAME)
    bad = a;
  else if (fa && st->origin == ORIGIN_KLP_FILE_NAME
	   && (strcmp (fa->file, st->file) != 0
	       || strcmp (fa->obj, st->obj) != 0))
    bad = fa;
  else if (fa && st->origin == ORIGIN_KLP_NAME)
    bad = fa;
  if (bad)
    {
      klp_error (c->file, "klp symbol '%s' is annotated with %s in object "
		 "'%s' ('%s' at offset 0x%lx), which its name contradicts",
		 sym->name,
		 klp_describe_annotation_target (bad, target, sizeof target),
		 bad->obj, bad->sec->name, (unsigned long) bad->offset);
      return -1;
    }
  if (a && fa && st->origin == ORIGIN_ANNOTATION)
    {
      /* Objects merged without the plugin, one naming a position, the
	 other a file: fine if they mean the same symbol.  */
      char from[512];
      snprintf (from, sizeof from, "annotation in '%s'", fa->sec->name);
      if (find_by_file (c, sym, st, fa->obj, st->name, fa->file, from, &pos,
			&count) != 0)
	return -1;
      if (strcmp (fa->obj, a->obj) != 0
	  || !is_same_position (count, pos, a->pos))
	{
	  report_conflict (c, a, fa);
	  return -1;
	}
    }
  return 0;
}

static int
resolve_symbol (struct convert *c, struct klp_symbol *sym,
		struct sym_info *st)
{
  const struct klp_annotation *a = st->annotation, *fa = st->file_annotation;
  unsigned long count;
  char from[512];

  switch (st->origin)
    {
    case ORIGIN_KLP_NAME:
    case ORIGIN_KLP_FILE_NAME:
      break;
    case ORIGIN_ANNOTATION:
      st->obj = a->obj;
      st->name = sym->name;
      st->pos = a->pos;
      break;
    case ORIGIN_FILE_ANNOTATION:
      st->obj = fa->obj;
      st->name = sym->name;
      st->file = fa->file;
      break;
    case ORIGIN_MAP:
      if (resolve_from_map (c, sym, st) != 0)
	return -1;
      break;
    default:
      return -1;
    }
  if (check_names (c, sym, st) != 0)
    return -1;
  if (st->file)
    {
      describe_origin (c, st, from, sizeof from);
      if (find_by_file (c, sym, st, st->obj, st->name, st->file, from,
			&st->pos, &count) != 0)
	return -1;
    }
  if (check_annotations_agree (c, sym, st) != 0)
    return -1;
  if (st->origin != ORIGIN_MAP && check_against_map (c, sym, st) != 0)
    return -1;
  st->klp_name = klp_make_sym_name (c->file, st->obj, st->name, st->pos);
  return st->klp_name ? 0 : -1;
}

static int
resolve_symbols (struct convert *c)
{
  int ret = 0;

  for (size_t i = 1; i < c->elf->nsyms; i++)
    {
      struct sym_info *st = &c->syms[i];
      if (st->state != SYM_CONVERT)
	continue;
      if (resolve_symbol (c, &c->elf->symbols[i], st) != 0)
	{
	  st->state = SYM_FAILED;
	  ret = -1;
	}
    }
  return ret;
}

/* --------------------------------------------------------------------
   Pass 4: the kernel's rules.
   -------------------------------------------------------------------- */

static int
check_modinfo (struct convert *c)
{
  if (!c->opts->require_livepatch_modinfo)
    return 0;
  return klp_check_livepatch_modinfo (c->elf, c->opts->how.no_modinfo_check);
}

/* Every relocation to be moved into a klp section must be one the kernel
   can apply.  */
static int
check_relocations (struct convert *c)
{
  int ret = 0;

  for (size_t i = 0; i < c->nsources; i++)
    {
      struct klp_section *sec = c->sources[i];
      struct klp_section *target = sec->info;
      struct klp_rela_iter r;

      if (!is_alloc_section (target))
	continue;
      klp_for_each_rela (sec, r)
	{
	  const struct sym_info *st;
	  const char *why;

	  if (!r.sym || c->syms[r.sym->index].state != SYM_CONVERT)
	    continue;
	  st = &c->syms[r.sym->index];
	  if (sec->sh.sh_type != SHT_RELA)
	    {
	      klp_error (c->file, "relocation section '%s' is SHT_REL: klp "
			 "relocations against '%s' need SHT_RELA", sec->name,
			 r.sym->name);
	      ret = -1;
	      break;
	    }
	  why = klp_find_section_rule (target->name, st->obj);
	  if (why)
	    {
	      klp_error (c->file, "relocation at '%s'+0x%lx against '%s' "
			 "cannot become a klp relocation for object '%s': %s",
			 target->name, (unsigned long) r.rela.r_offset,
			 r.sym->name, st->obj, why);
	      ret = -1;
	      continue;
	    }
	  if (klp_check_reloc_target (c->elf, target, &r.rela, r.sym->name)
	      != 0)
	    ret = -1;
	}
    }
  return ret;
}

/* The input's own klp relocation sections must follow the same rules.  */
static int
check_existing_section (struct convert *c, struct klp_section *sec)
{
  char obj[KLP_OBJNAME_MAX + 1];
  size_t bad = 0;
  const char *bad_sym = NULL;
  struct klp_rela_iter r;
  int ret = klp_check_klp_rela_header (c->elf, sec, obj);

  if (ret == -2)
    return -1;
  klp_for_each_rela (sec, r)
    {
      const struct sym_info *st = r.sym ? &c->syms[r.sym->index] : NULL;

      if (!st || st->state == SYM_KEEP)
	{
	  klp_report_not_livepatch_symbol (c->elf, sec, &r.rela, r.sym);
	  return -1;
	}
      if (st->state == SYM_CONVERT && !is_vmlinux_object (obj)
	  && is_vmlinux_object (st->obj) && bad++ == 0)
	bad_sym = r.sym->name;
    }
  if (bad)
    {
      klp_report_vmlinux_in_module_section (c->elf, sec, bad_sym, bad);
      ret = -1;
    }
  return ret;
}

static int
check_existing_sections (struct convert *c)
{
  int ret = 0;

  for (size_t i = 0; i < c->nexisting; i++)
    if (check_existing_section (c, c->existing[i]) != 0)
      ret = -1;
  return ret;
}

static int
check_kernel_rules (struct convert *c)
{
  int ret = 0;

  if (check_modinfo (c) != 0)
    ret = -1;
  if (check_relocations (c) != 0)
    ret = -1;
  if (check_existing_sections (c) != 0)
    ret = -1;
  if (klp_check_annotation_references (c->elf) != 0)
    ret = -1;
  return ret;
}

/* --------------------------------------------------------------------
   Pass 5: move relocations, rename symbols.
   -------------------------------------------------------------------- */

struct group
{
  struct klp_hnode node;
  struct klp_section *target;
  const char *obj;
  struct klp_section *klp;	/* The klp relocation section.  */
  size_t count, filled;
  Elf64_Rela *buf;
};

struct groups
{
  struct klp_htab tab;
  struct group **v;		/* In creation order.  */
  size_t n, alloc;
};

static uint64_t
group_hash (const struct klp_section *target, const char *obj)
{
  return klp_hash_str (obj) ^ klp_hash_u64 (target->index);
}

static struct group *
find_group (struct groups *g, struct klp_section *target, const char *obj)
{
  uint64_t h = group_hash (target, obj);
  struct group *grp;

  klp_htab_for_each (&g->tab, h, grp, struct group, node)
    if (grp->target == target && strcmp (grp->obj, obj) == 0)
      return grp;
  return NULL;
}

static struct group *
add_group (struct convert *c, struct groups *g, struct klp_section *target,
	   const char *obj)
{
  struct group *grp;

  if (klp_array_reserve (c->file, g->v, g->alloc, g->n + 1) < 0)
    return NULL;
  grp = klp_xcalloc (c->file, 1, sizeof *grp);
  if (!grp)
    return NULL;
  grp->target = target;
  grp->obj = obj;
  g->v[g->n++] = grp;
  klp_htab_add (&g->tab, group_hash (target, obj), &grp->node);
  return grp;
}

static void
free_groups (struct groups *g)
{
  for (size_t i = 0; i < g->n; i++)
    {
      free (g->v[i]->buf);
      free (g->v[i]);
    }
  free (g->v);
  klp_htab_free (&g->tab);
}

/* Whether the relocation R of a source section moves into a klp
   relocation section: its symbol becomes a klp symbol.  */
static bool
is_moving (const struct convert *c, const struct klp_rela_iter *r)
{
  return r->sym && c->syms[r->sym->index].state == SYM_CONVERT;
}

/* Count the relocations of each group, creating groups in order.  */
static int
count_groups (struct convert *c, struct groups *g)
{
  for (size_t i = 0; i < c->nsources; i++)
    {
      struct klp_section *sec = c->sources[i];
      struct klp_rela_iter r;

      if (!is_alloc_section (sec->info))
	continue;
      klp_for_each_rela (sec, r)
	{
	  struct group *grp;
	  const char *obj;

	  if (!is_moving (c, &r))
	    continue;
	  obj = c->syms[r.sym->index].obj;
	  grp = find_group (g, sec->info, obj);
	  if (!grp && !(grp = add_group (c, g, sec->info, obj)))
	    return -1;
	  grp->count++;
	}
    }
  return 0;
}

/* Append RELA to the buffer of GRP.  */
static void
put_rela (struct group *grp, const GElf_Rela *rela)
{
  Elf64_Rela *out = &grp->buf[grp->filled++];

  out->r_offset = rela->r_offset;
  out->r_info = rela->r_info;
  out->r_addend = rela->r_addend;
}

/* Find or create the klp section of each group, and its buffer (with the
   relocations an existing section of that name already has).  */
static int
create_klp_sections (struct convert *c, struct groups *g)
{
  const GElf_Xword flags = SHF_ALLOC | SHF_INFO_LINK | KLP_SHF_RELA_LIVEPATCH;

  for (size_t i = 0; i < g->n; i++)
    {
      struct group *grp = g->v[i];
      char *name = klp_xasprintf (c->file, KLP_RELA_PREFIX "%s.%s", grp->obj,
				  grp->target->name);
      struct klp_section *sec;
      struct klp_rela_iter r;

      if (!name)
	return -1;
      sec = klp_find_section_by_name (c->elf, name);
      if (sec && (sec->sh.sh_type != SHT_RELA || sec->info != grp->target))
	{
	  klp_error (c->file, "cannot create klp relocation section '%s': a "
		     "section of that name exists and does not patch '%s'",
		     name, grp->target->name);
	  free (name);
	  return -1;
	}
      if (!sec)
	sec = klp_section_add (c->elf, name, SHT_RELA, flags, c->elf->symtab,
			       grp->target, sizeof (Elf64_Rela), 8);
      free (name);
      if (!sec)
	return -1;
      grp->klp = sec;
      grp->buf = klp_xcalloc (c->file, klp_rela_count (sec) + grp->count,
			      sizeof *grp->buf);
      if (!grp->buf)
	return -1;
      klp_for_each_rela (sec, r)
	put_rela (grp, &r.rela);
    }
  return 0;
}

/* One note per klp section and symbol for TARGET's relocations, whose
   symbols are TOUCHED[0..N) in first-use order.  */
static void
note_moves (struct convert *c, struct groups *g, struct klp_section *target,
	    const size_t *touched, size_t n)
{
  static const char *const origins[] = {
    [ORIGIN_NONE] = "?",
    [ORIGIN_KLP_NAME] = "klp symbol name",
    [ORIGIN_ANNOTATION] = "annotation",
    [ORIGIN_MAP] = "unique in the symbol map",
    [ORIGIN_KLP_FILE_NAME] = "klp symbol name's file in the symbol map",
    [ORIGIN_FILE_ANNOTATION] = "file annotation and symbol map",
  };

  for (size_t i = 0; i < n; i++)
    {
      struct klp_symbol *sym = &c->elf->symbols[touched[i]];
      struct sym_info *st = &c->syms[touched[i]];
      struct group *grp = find_group (g, target, st->obj);

      if (strcmp (sym->name, st->klp_name) == 0)
	klp_note (c->file, "%s: %zu relocation%s against '%s' (%s)",
		  grp->klp->name, st->moved, st->moved == 1 ? "" : "s",
		  sym->name, origins[st->origin]);
      else
	klp_note (c->file, "%s: %zu relocation%s against '%s' as '%s' (%s)",
		  grp->klp->name, st->moved, st->moved == 1 ? "" : "s",
		  sym->name, st->klp_name, origins[st->origin]);
      st->moved = 0;
    }
}

/* Take the moving relocations out of SEC into their groups.  */
static int
move_section_relocations (struct convert *c, struct groups *g,
			  struct klp_section *sec, size_t *touched,
			  size_t *ntouched)
{
  size_t n = klp_rela_count (sec), kept = 0;
  bool *keep = klp_xcalloc (c->file, n, sizeof *keep);
  struct klp_rela_iter r;

  if (!keep)
    return -1;
  klp_for_each_rela (sec, r)
    {
      struct sym_info *st;

      keep[r.i] = !is_moving (c, &r);
      if (keep[r.i])
	{
	  kept++;
	  continue;
	}
      st = &c->syms[r.sym->index];
      /* s390x: the loader's GOT and PLT entries would outlive a module
	 object's load (klp_s390_direct_reloc).  */
      if (!is_vmlinux_object (st->obj)
	  && klp_s390_direct_reloc (c->elf, sec->info, &r.rela,
				    r.sym->name) < 0)
	{
	  free (keep);
	  return -1;
	}
      put_rela (find_group (g, sec->info, st->obj), &r.rela);
      if (st->moved++ == 0)
	touched[(*ntouched)++] = r.sym->index;
      c->moved++;
    }
  if (kept < n && klp_section_filter_relas (sec, keep) != 0)
    {
      free (keep);
      return -1;
    }
  if (kept == 0 && n > 0)
    klp_section_remove (c->elf, sec);
  free (keep);
  return 0;
}

static int
move_relocations (struct convert *c)
{
  struct groups g = { 0 };
  size_t *touched = NULL, ntouched = 0;
  int ret = -1;

  if (klp_htab_init (&g.tab, 4 * c->nsources + 16) != 0)
    {
      klp_error (c->file, "out of memory");
      return -1;
    }
  touched = klp_xcalloc (c->file, c->elf->nsyms, sizeof *touched);
  if (!touched || count_groups (c, &g) != 0
      || create_klp_sections (c, &g) != 0)
    goto out;

  for (size_t i = 0; i < c->nsources; i++)
    {
      struct klp_section *sec = c->sources[i];

      if (!is_alloc_section (sec->info))
	continue;
      if (move_section_relocations (c, &g, sec, touched, &ntouched) != 0)
	goto out;
      /* Sources are sorted by target: the notes for a target are due
	 when the next source patches another section.  */
      if (i + 1 == c->nsources || c->sources[i + 1]->info != sec->info)
	{
	  note_moves (c, &g, sec->info, touched, ntouched);
	  ntouched = 0;
	}
    }

  for (size_t i = 0; i < g.n; i++)
    {
      struct group *grp = g.v[i];
      void *buf = grp->buf;

      grp->buf = NULL;
      if (klp_section_set_data (grp->klp, buf,
				grp->filled * sizeof *grp->buf) != 0)
	goto out;
    }
  ret = 0;

out:
  free (touched);
  free_groups (&g);
  return ret;
}

static int
rename_symbols (struct convert *c)
{
  for (size_t i = 1; i < c->elf->nsyms; i++)
    {
      struct klp_symbol *sym = &c->elf->symbols[i];
      struct sym_info *st = &c->syms[i];

      if (st->state != SYM_CONVERT)
	continue;
      if (strcmp (sym->name, st->klp_name) != 0
	  && klp_symbol_rename (c->elf, sym, st->klp_name) != 0)
	return -1;
      sym->shndx = KLP_SHN_LIVEPATCH;
      sym->sym.st_shndx = KLP_SHN_LIVEPATCH;
      sym->sec = NULL;
    }
  return 0;
}

/* --------------------------------------------------------------------
   The entry points.
   -------------------------------------------------------------------- */

/* Passes 1 to 4.  The annotations must be readable for the rest to run;
   then each pass skips the symbols an earlier one found wrong, so that one
   run reports every problem.  */
static int
check_conversion (struct convert *c)
{
  int ret = 0;

  if (klp_check_machine (c->elf) != 0
      || klp_read_annotations (c->elf, &c->annotations,
			       &c->nannotations) != 0)
    return -1;
  if (index_annotations (c) != 0)
    ret = -1;
  if (classify_symbols (c) != 0)
    ret = -1;
  if (resolve_symbols (c) != 0)
    ret = -1;
  if (check_kernel_rules (c) != 0)
    ret = -1;
  return ret;
}

int
klp_convert_check (struct klp_elf *elf, const struct klp_convert_options *opts)
{
  struct convert c;
  int ret = -1;

  if (init_convert (&c, elf, opts) == 0)
    ret = check_conversion (&c);
  free_convert (&c);
  return ret;
}

long
klp_convert (struct klp_elf *elf, const struct klp_convert_options *opts)
{
  struct convert c;
  long ret = -1;

  if (init_convert (&c, elf, opts) == 0
      && check_conversion (&c) == 0
      && move_relocations (&c) == 0
      && rename_symbols (&c) == 0
      && klp_remove_annotations (elf) == 0)
    ret = c.moved;
  free_convert (&c);
  return ret;
}

int
klp_convert_file (const char *input, const char *output,
		  const struct klp_convert_options *opts)
{
  struct klp_elf *elf = klp_elf_open (input);
  int ret = -1;

  if (!elf)
    return -1;
  if (klp_convert (elf, opts) >= 0)
    ret = klp_elf_write (elf, output, (mode_t) -1);
  klp_elf_close (elf);
  return ret;
}
