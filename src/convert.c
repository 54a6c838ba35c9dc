/* Conversion of a linked livepatch module into the kernel's klp format.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The passes are described in include/klp/convert.h.  Everything is
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

#include "klp/abi.h"
#include "klp/annotations.h"
#include "klp/convert.h"
#include "klp/diag.h"
#include "klp/hash.h"

/* Where a klp symbol's object and position come from.  */
enum origin
{
  ORIGIN_NONE,
  ORIGIN_KLP_NAME,		/* Its own ".klp.sym." name.  */
  ORIGIN_ANNOTATION,		/* A KLP_SYMPOS annotation.  */
  ORIGIN_MAP			/* A name unique in the symbol map.  */
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
  const struct klp_annotation *annotation; /* The first naming it.  */
  bool reported;
  const char *obj;		/* Resolved object.  */
  const char *name;		/* Name in that object.  */
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

bool
klp_parse_sym_name (const char *symname, char *obj, char *name,
		    unsigned long *pos)
{
  const char *s, *dot, *n, *comma, *p;
  char *end;
  unsigned long v;

  if (strncmp (symname, KLP_SYM_PREFIX, strlen (KLP_SYM_PREFIX)) != 0)
    return false;
  s = symname + strlen (KLP_SYM_PREFIX);
  dot = strchr (s, '.');
  if (!dot || dot == s || dot - s > KLP_OBJNAME_MAX)
    return false;
  n = dot + 1;
  comma = strchr (n, ',');
  if (!comma || comma == n || comma - n > KLP_SYMNAME_MAX)
    return false;
  p = comma + 1;
  if (*p < '0' || *p > '9')
    return false;
  errno = 0;
  v = strtoul (p, &end, 10);
  if (*end != '\0' || errno != 0)
    return false;
  memcpy (obj, s, dot - s);
  obj[dot - s] = '\0';
  memcpy (name, n, comma - n);
  name[comma - n] = '\0';
  *pos = v;
  return true;
}

static bool
has_prefix (const char *s, const char *prefix)
{
  return strncmp (s, prefix, strlen (prefix)) == 0;
}

static bool
is_vmlinux (const char *obj)
{
  return strcmp (obj, "vmlinux") == 0;
}

/* The object of a klp relocation section name ".klp.rela.<obj>.<sec>",
   read as the kernel does (".klp.rela.%55[^.]"), but requiring the dot
   that ends it.  */
static bool
parse_klp_rela_name (const char *secname, char obj[KLP_OBJNAME_MAX + 1])
{
  const char *s = secname + strlen (KLP_RELA_PREFIX);
  const char *dot = strchr (s, '.');

  if (!has_prefix (secname, KLP_RELA_PREFIX) || !dot || dot == s
      || dot - s > KLP_OBJNAME_MAX)
    return false;
  memcpy (obj, s, dot - s);
  obj[dot - s] = '\0';
  return true;
}

static bool
is_alloc_section (const struct klp_section *sec)
{
  return sec && (sec->sh.sh_flags & SHF_ALLOC);
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

static bool
is_existing_klp_section (const struct klp_section *sec)
{
  return has_prefix (sec->name, KLP_RELA_PREFIX)
	 || (sec->sh.sh_flags & KLP_SHF_RELA_LIVEPATCH);
}

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
      if (is_existing_klp_section (sec))
	c->existing[c->nexisting++] = sec;
      else if (is_rela_section (sec) && sec->info
	       && !is_annotation_section (sec->info))
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

/* The kernel livepatches these machines only; refuse others before
   anything else.  */
static int
check_machine (struct convert *c)
{
  GElf_Word type;

  if (klp_abs64_reloc_type (c->elf->ehdr.e_machine, &type))
    return 0;
  klp_error (c->file, "machine %u is not one the kernel livepatches "
	     "(x86_64, ppc64, s390x, aarch64)",
	     (unsigned) c->elf->ehdr.e_machine);
  return -1;
}

/* --------------------------------------------------------------------
   Pass 1: annotations.
   -------------------------------------------------------------------- */

static int
index_annotations (struct convert *c)
{
  int ret = 0;

  for (size_t i = 0; i < c->nannotations; i++)
    {
      const struct klp_annotation *a = &c->annotations[i];
      struct sym_info *st = &c->syms[a->sym->index];
      const struct klp_annotation *b = st->annotation;

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
	  st->annotation = a;
	  continue;
	}
      if (b->pos == a->pos && strcmp (b->obj, a->obj) == 0)
	continue;
      if (!st->reported)
	klp_error (c->file, "conflicting KLP_SYMPOS annotations for '%s': "
		   "position %lu in object '%s' ('%s' at offset 0x%lx) and "
		   "position %lu in object '%s' ('%s' at offset 0x%lx); objects "
		   "that mean different symbols of that name were probably "
		   "merged by 'ld -r' without the libklp ld plugin, which "
		   "keeps each object's positions (ld -r -plugin libklp.so)",
		   a->sym->name, b->pos, b->obj, b->sec->name,
		   (unsigned long) b->offset, a->pos, a->obj, a->sec->name,
		   (unsigned long) a->offset);
      st->reported = true;
      st->state = SYM_FAILED;
      ret = -1;
    }
  return ret;
}


/* --------------------------------------------------------------------
   Pass 2: which symbols become klp symbols.
   -------------------------------------------------------------------- */

static bool
is_exported (const struct convert *c, const char *name)
{
  return (c->opts->symvers && klp_symvers_lookup (c->opts->symvers, name))
	 || (c->opts->map && klp_symmap_is_exported (c->opts->map, name));
}

/* Parse a .klp.sym name into ST.  */
static int
classify_klp_name (struct convert *c, struct klp_symbol *sym,
		   struct sym_info *st)
{
  char obj[KLP_OBJNAME_MAX + 1], name[KLP_SYMNAME_MAX + 1];
  size_t lobj, lname;

  if (!klp_parse_sym_name (sym->name, obj, name, &st->pos))
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
  st->origin = ORIGIN_KLP_NAME;
  return 0;
}

/* Decide what becomes of SYM, which a relocation uses.  */
static enum sym_state
classify_symbol (struct convert *c, struct klp_symbol *sym,
		 struct sym_info *st)
{
  const struct klp_convert_options *o = c->opts;

  if (has_prefix (sym->name, KLP_SYM_PREFIX))
    return classify_klp_name (c, sym, st) == 0 ? SYM_CONVERT : SYM_FAILED;
  if (sym->shndx == KLP_SHN_LIVEPATCH)
    {
      klp_error (c->file, "symbol '%s' is SHN_LIVEPATCH but its name is not "
		 "'.klp.sym.<object>.<name>,<position>': the kernel would "
		 "refuse it", sym->name);
      return SYM_FAILED;
    }
  if (!is_undefined_symbol (sym) || strcmp (sym->name, ".TOC.") == 0)
    return SYM_KEEP;
  if (o->is_defined_elsewhere
      && o->is_defined_elsewhere (o->defined_elsewhere_data, sym->name))
    return SYM_KEEP;
  if (st->annotation)
    {
      /* An annotation asks for a klp symbol even when the name is weak or
	 exported: that is how a patch refers to a module's exports without
	 making the module a dependency (late module patching).  */
      st->origin = ORIGIN_ANNOTATION;
      return SYM_CONVERT;
    }
  if (is_weak_symbol (sym) || is_exported (c, sym->name))
    return SYM_KEEP;
  st->origin = ORIGIN_MAP;
  return SYM_CONVERT;
}

static void
classify_relocations (struct convert *c, struct klp_section *sec, int *ret)
{
  for (size_t i = 0; i < klp_rela_count (sec); i++)
    {
      GElf_Rela rela;
      struct klp_symbol *sym;
      struct sym_info *st;

      klp_rela_get (sec, i, &rela);
      sym = klp_rela_symbol (sec, &rela);
      if (!sym)
	continue;
      st = &c->syms[sym->index];
      if (st->state == SYM_UNSEEN)
	{
	  st->use = sec;
	  st->state = classify_symbol (c, sym, st);
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

/* One line per symbol of the chain starting at FIRST,
   "\n  <obj> <pos>: <file or ?> (<type>)", in a malloc'd string (NULL when
   out of memory, after an error).  */
static char *
format_candidates (const char *file, const struct klp_symmap *map,
		   const struct klp_mapsym *first)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *f = open_memstream (&buf, &size);

  if (!f)
    {
      klp_error (file, "out of memory");
      return NULL;
    }
  for (const struct klp_mapsym *m = first; m; m = klp_mapsym_next (map, m))
    {
      const char *src = klp_mapsym_file (map, m);
      fprintf (f, "\n  %s %u: %s (%c)", klp_mapsym_object (map, m),
	       klp_mapsym_pos (map, m), src ? src : "?",
	       klp_mapsym_type (map, m));
    }
  if (fclose (f) != 0)
    {
      free (buf);
      klp_error (file, "out of memory");
      return NULL;
    }
  return buf;
}

static size_t
count_candidates (const struct klp_symmap *map, const struct klp_mapsym *first)
{
  size_t n = 0;
  for (const struct klp_mapsym *m = first; m; m = klp_mapsym_next (map, m))
    n++;
  return n;
}

/* The first symbol named NAME in object OBJ of the map, or NULL.  */
static const struct klp_mapsym *
find_in_object (const struct klp_symmap *map, const struct klp_mapsym *first,
		const char *obj)
{
  for (const struct klp_mapsym *m = first; m; m = klp_mapsym_next (map, m))
    if (strcmp (klp_mapsym_object (map, m), obj) == 0)
      return m;
  return NULL;
}

static int
resolve_from_map (struct convert *c, struct klp_symbol *sym,
		  struct sym_info *st)
{
  const struct klp_symmap *map = c->opts->map;
  const struct klp_mapsym *m;
  char *list;

  if (!map)
    {
      klp_error (c->file, "symbol '%s' (used in '%s') is undefined, not "
		 "annotated and not known to be exported, and no symbol map "
		 "given (-s) tells which object defines it; annotate it with "
		 "KLP_SYMPOS, or give a symbol map%s",
		 sym->name, use_of (st),
		 c->opts->symvers ? "" : " (and Module.symvers with -m for "
		 "exported symbols)");
      return -1;
    }
  m = klp_symmap_lookup (map, sym->name);
  if (!m)
    {
      klp_error (c->file, "symbol '%s' (used in '%s') is not exported and "
		 "not in symbol map '%s': no object of the target kernel "
		 "defines it%s", sym->name, use_of (st),
		 klp_symmap_path (map),
		 c->opts->symvers ? "" : " (if it is exported, give "
		 "Module.symvers with -m)");
      return -1;
    }
  if (!klp_mapsym_next (map, m))
    {
      st->obj = klp_mapsym_object (map, m);
      st->name = sym->name;
      st->pos = 0;
      return 0;
    }
  list = format_candidates (c->file, map, m);
  if (!list)
    return -1;
  klp_error (c->file, "symbol '%s' (used in '%s') is ambiguous: %zu symbols "
	     "of that name in '%s':%s\nadd 'KLP_SYMPOS(%s, <pos>)' inside a "
	     "'KLP_MODULE_RELOC(<obj>)' array for the one meant; for the "
	     "first: 'KLP_SYMPOS(%s, %lu)' inside 'KLP_MODULE_RELOC(%s)'",
	     sym->name, use_of (st), count_candidates (map, m),
	     klp_symmap_path (map), list, sym->name, sym->name,
	     (unsigned long) klp_mapsym_pos (map, m),
	     klp_mapsym_object (map, m));
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
    case ORIGIN_KLP_NAME:
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
  if (lobj == 0)
    {
      klp_error (c->file, "symbol '%s' (used in '%s'): the object name from "
		 "%s is empty", sym->name, use_of (st), from);
      ret = -1;
    }
  else if (lobj > KLP_OBJNAME_MAX)
    {
      klp_error (c->file, "symbol '%s' (used in '%s'): object name '%s' "
		 "from %s has %zu characters; the kernel reads at most %d",
		 sym->name, use_of (st), st->obj, from, lobj, KLP_OBJNAME_MAX);
      ret = -1;
    }
  else if (strchr (st->obj, '.'))
    {
      klp_error (c->file, "symbol '%s' (used in '%s'): object name '%s' "
		 "from %s contains '.', which ends the object name in the "
		 "kernel's '.klp.sym.<object>.<name>,<position>'", sym->name,
		 use_of (st), st->obj, from);
      ret = -1;
    }
  else if (strchr (st->obj, '-'))
    klp_warn (c->file, "symbol '%s' (used in '%s'): object name '%s' from "
	      "%s contains '-': the kernel knows modules by KBUILD_MODNAME, "
	      "where '-' becomes '_'", sym->name, use_of (st), st->obj, from);

  if (lname == 0)
    {
      klp_error (c->file, "a symbol with an empty name (used in '%s') cannot "
		 "become a klp symbol", use_of (st));
      ret = -1;
    }
  else if (lname > KLP_SYMNAME_MAX)
    {
      klp_error (c->file, "symbol '%.64s...' (used in '%s') has a name of "
		 "%zu characters; the kernel reads at most %d", st->name,
		 use_of (st), lname, KLP_SYMNAME_MAX);
      ret = -1;
    }
  else if (strchr (st->name, ','))
    {
      klp_error (c->file, "symbol '%s' (used in '%s') contains ',', which "
		 "ends the name in the kernel's "
		 "'.klp.sym.<object>.<name>,<position>'", st->name,
		 use_of (st));
      ret = -1;
    }
  return ret;
}

/* An object and position given by the author (annotation or .klp.sym
   name) must exist in the map, when the map describes that object.  */
static int
check_against_map (struct convert *c, struct klp_symbol *sym,
		   struct sym_info *st)
{
  const struct klp_symmap *map = c->opts->map;
  const struct klp_mapsym *first, *m;
  char from[512], *list;

  if (!map || !klp_symmap_object (map, st->obj))
    return 0;
  first = klp_symmap_lookup (map, st->name);
  m = find_in_object (map, first, st->obj);
  if (m && (st->pos == 0 ? klp_mapsym_count (map, m) == 1
			 : st->pos <= klp_mapsym_count (map, m)))
    return 0;

  describe_origin (c, st, from, sizeof from);
  list = format_candidates (c->file, map, first);
  if (!list)
    return -1;
  if (!m)
    klp_error (c->file, "symbol '%s' (used in '%s'): object '%s' from %s has "
	       "no symbol '%s' in '%s'%s%s", sym->name, use_of (st), st->obj,
	       from, st->name, klp_symmap_path (map),
	       first ? "; candidates:" : "", list);
  else if (st->pos == 0)
    klp_error (c->file, "symbol '%s' (used in '%s'): position 0 from %s "
	       "means '%s' is unique in '%s', but '%s' lists %lu; candidates:"
	       "%s", sym->name, use_of (st), from, st->name, st->obj,
	       klp_symmap_path (map), (unsigned long) klp_mapsym_count (map, m),
	       list);
  else
    klp_error (c->file, "symbol '%s' (used in '%s'): position %lu from %s "
	       "does not exist: '%s' lists %lu '%s' in '%s'; candidates:%s",
	       sym->name, use_of (st), st->pos, from, klp_symmap_path (map),
	       (unsigned long) klp_mapsym_count (map, m), st->name, st->obj,
	       list);
  free (list);
  return -1;
}

static int
resolve_symbol (struct convert *c, struct klp_symbol *sym,
		struct sym_info *st)
{
  const struct klp_annotation *a = st->annotation;

  switch (st->origin)
    {
    case ORIGIN_KLP_NAME:
      if (a && (a->pos != st->pos || strcmp (a->obj, st->obj) != 0))
	{
	  klp_error (c->file, "klp symbol '%s' is annotated with position "
		     "%lu in object '%s' ('%s' at offset 0x%lx), which its name "
		     "contradicts", sym->name, a->pos, a->obj, a->sec->name,
		     (unsigned long) a->offset);
	  return -1;
	}
      break;
    case ORIGIN_ANNOTATION:
      st->obj = a->obj;
      st->name = sym->name;
      st->pos = a->pos;
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
  if (st->origin != ORIGIN_MAP && check_against_map (c, sym, st) != 0)
    return -1;
  st->klp_name = klp_xasprintf (c->file, KLP_SYM_PREFIX "%s.%s,%lu",
				st->obj, st->name, st->pos);
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
  static const char want[] = "livepatch=Y";
  struct klp_section *sec;
  const unsigned char *p, *end;
  size_t size;

  if (!c->opts->require_livepatch_modinfo)
    return 0;
  sec = klp_find_section_by_name (c->elf, ".modinfo");
  if (!sec)
    {
      klp_error (c->file, "has no '.modinfo' section with 'livepatch=Y': "
		 "not a livepatch module (add MODULE_INFO(livepatch, \"Y\"), "
		 "or use --no-modinfo-check)");
      return -1;
    }
  p = klp_section_bytes (sec, &size);
  end = p ? p + size : p;
  while (p && p < end)
    {
      size_t len = strnlen ((const char *) p, end - p);
      if (len == sizeof want - 1 && memcmp (p, want, len) == 0)
	return 0;
      p += len + 1;
    }
  klp_error (c->file, "section '.modinfo' has no 'livepatch=Y': the kernel "
	     "keeps the symbol table that klp relocations need only for "
	     "livepatch modules (add MODULE_INFO(livepatch, \"Y\"), or use "
	     "--no-modinfo-check)");
  return -1;
}

/* Sections a klp relocation for a module cannot patch: the kernel uses
   them when the livepatch module loads (module_finalize, the static
   branch and static call notifiers) or frees them then (init sections),
   while it applies klp relocations for a module when that module loads,
   maybe later.  Those for vmlinux are applied while the livepatch module
   loads, before any of this (kernel/livepatch/core.c, "Apply
   vmlinux-specific KLP relocations early"), so they are allowed
   everywhere.  */
struct section_rule
{
  const char *name;
  bool is_prefix;
  const char *why;
};

static const struct section_rule section_rules[] = {
  { ".altinstructions", false,
    "the kernel applies the alternatives of the livepatch module when it "
    "loads, before klp relocations to other modules are applied" },
  { ".altinstr_replacement", false,
    "the kernel copies the alternatives of the livepatch module into place "
    "when it loads, before klp relocations to other modules are applied" },
  { ".parainstructions", false,
    "the kernel applies the paravirt patches of the livepatch module when "
    "it loads, before klp relocations to other modules are applied" },
  { "__jump_table", false,
    "the kernel registers the static branches of the livepatch module when "
    "it loads, before klp relocations to other modules are applied; only "
    "static keys of vmlinux are allowed" },
  { ".static_call_sites", false,
    "the kernel registers the static calls of the livepatch module when it "
    "loads, before klp relocations to other modules are applied; only "
    "static call keys of vmlinux are allowed" },
  { ".init", true,
    "init sections are freed once the livepatch module is loaded, and klp "
    "relocations to another module are applied when that module loads, "
    "maybe later" },
};

static const struct section_rule *
find_section_rule (const char *secname, const char *obj)
{
  if (is_vmlinux (obj))
    return NULL;
  for (size_t i = 0; i < sizeof section_rules / sizeof section_rules[0]; i++)
    {
      const struct section_rule *r = &section_rules[i];
      if (r->is_prefix ? has_prefix (secname, r->name)
		       : strcmp (secname, r->name) == 0)
	return r;
    }
  return NULL;
}

/* Bytes an x86_64 relocation of TYPE writes, as the kernel's
   apply_relocate_add knows it; -1 for a type it refuses.  */
static int
x86_64_reloc_width (GElf_Word type)
{
  switch (type)
    {
    case R_X86_64_NONE:
      return 0;
    case R_X86_64_64:
    case R_X86_64_PC64:
      return 8;
    case R_X86_64_32:
    case R_X86_64_32S:
    case R_X86_64_PC32:
    case R_X86_64_PLT32:
      return 4;
    default:
      return -1;
    }
}

/* The name of an x86_64 relocation type the kernel does not apply,
   for messages.  */
static const char *
x86_64_reloc_name (GElf_Word type)
{
  switch (type)
    {
    case R_X86_64_GOT32:
      return "R_X86_64_GOT32";
    case R_X86_64_GOTPCREL:
      return "R_X86_64_GOTPCREL";
    case R_X86_64_16:
      return "R_X86_64_16";
    case R_X86_64_PC16:
      return "R_X86_64_PC16";
    case R_X86_64_8:
      return "R_X86_64_8";
    case R_X86_64_PC8:
      return "R_X86_64_PC8";
    case R_X86_64_TPOFF32:
      return "R_X86_64_TPOFF32";
    case R_X86_64_GOTOFF64:
      return "R_X86_64_GOTOFF64";
    case R_X86_64_GOTPC32:
      return "R_X86_64_GOTPC32";
    case R_X86_64_GOTPCRELX:
      return "R_X86_64_GOTPCRELX";
    case R_X86_64_REX_GOTPCRELX:
      return "R_X86_64_REX_GOTPCRELX";
    default:
      return "unknown";
    }
}

static int
check_x86_64_target (struct convert *c, struct klp_section *target,
		     const GElf_Rela *rela, const struct klp_symbol *sym)
{
  GElf_Word type = GELF_R_TYPE (rela->r_info);
  int width = x86_64_reloc_width (type);
  const unsigned char *bytes;
  size_t size;
  unsigned long off = rela->r_offset;

  if (width < 0)
    {
      klp_error (c->file, "relocation at '%s'+0x%lx against '%s' has type %s "
		 "(%u), which the kernel's x86_64 module loader cannot apply "
		 "(was the module built with -mcmodel=kernel and without "
		 "-fpic?)", target->name, off, sym->name,
		 x86_64_reloc_name (type), (unsigned) type);
      return -1;
    }
  bytes = klp_section_bytes (target, &size);
  if (width == 0 || !bytes)
    return 0;
  if (size < (size_t) width || off > size - width)
    {
      klp_error (c->file, "relocation at '%s'+0x%lx against '%s' lies outside "
		 "the section's %zu bytes", target->name, off, sym->name,
		 size);
      return -1;
    }
  for (int i = 0; i < width; i++)
    if (bytes[off + i] != 0)
      {
	klp_error (c->file, "relocation at '%s'+0x%lx against '%s': the %d "
		   "bytes at its target are not zero, and the kernel's x86_64 "
		   "loader refuses such klp relocations ('Invalid relocation "
		   "target, existing value is nonzero')", target->name, off,
		   sym->name, width);
	return -1;
      }
  return 0;
}

/* Every relocation to be moved into a klp section must be one the kernel
   can apply.  */
static int
check_relocations (struct convert *c)
{
  bool is_x86_64 = c->elf->ehdr.e_machine == EM_X86_64;
  int ret = 0;

  for (size_t i = 0; i < c->nsources; i++)
    {
      struct klp_section *sec = c->sources[i];
      struct klp_section *target = sec->info;

      if (!is_alloc_section (target))
	continue;
      for (size_t j = 0; j < klp_rela_count (sec); j++)
	{
	  GElf_Rela rela;
	  struct klp_symbol *sym;
	  struct sym_info *st;
	  const struct section_rule *rule;

	  klp_rela_get (sec, j, &rela);
	  sym = klp_rela_symbol (sec, &rela);
	  if (!sym || c->syms[sym->index].state != SYM_CONVERT)
	    continue;
	  st = &c->syms[sym->index];
	  if (sec->sh.sh_type != SHT_RELA)
	    {
	      klp_error (c->file, "relocation section '%s' is SHT_REL: klp "
			 "relocations against '%s' need SHT_RELA", sec->name,
			 sym->name);
	      ret = -1;
	      break;
	    }
	  rule = find_section_rule (target->name, st->obj);
	  if (rule)
	    {
	      klp_error (c->file, "relocation at '%s'+0x%lx against '%s' "
			 "cannot become a klp relocation for object '%s': %s",
			 target->name, (unsigned long) rela.r_offset,
			 sym->name, st->obj, rule->why);
	      ret = -1;
	      continue;
	    }
	  if (is_x86_64 && check_x86_64_target (c, target, &rela, sym) != 0)
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
  int ret = 0;

  if (!parse_klp_rela_name (sec->name, obj))
    {
      klp_error (c->file, "klp relocation section '%s': the kernel cannot "
		 "parse its name: expected '.klp.rela.<object>.<section>' with "
		 "an object of at most %d characters without '.'", sec->name,
		 KLP_OBJNAME_MAX);
      return -1;
    }
  if (sec->sh.sh_type != SHT_RELA)
    {
      klp_error (c->file, "klp relocation section '%s' is not SHT_RELA",
		 sec->name);
      return -1;
    }
  if (!(sec->sh.sh_flags & KLP_SHF_RELA_LIVEPATCH))
    {
      klp_error (c->file, "klp relocation section '%s' lacks the flag "
		 "SHF_RELA_LIVEPATCH: the kernel would apply it as an "
		 "ordinary relocation section when the module loads",
		 sec->name);
      ret = -1;
    }
  if (!(sec->sh.sh_flags & SHF_ALLOC))
    {
      klp_error (c->file, "klp relocation section '%s' lacks the flag "
		 "SHF_ALLOC: the module loader would discard it", sec->name);
      ret = -1;
    }
  if (!is_alloc_section (sec->info))
    {
      klp_error (c->file, "klp relocation section '%s' patches '%s', which "
		 "is not an allocated section: the kernel would never apply "
		 "it", sec->name, sec->info ? sec->info->name : "?");
      ret = -1;
    }
  for (size_t i = 0; i < klp_rela_count (sec); i++)
    {
      GElf_Rela rela;
      struct klp_symbol *sym;
      const struct sym_info *st;

      klp_rela_get (sec, i, &rela);
      sym = klp_rela_symbol (sec, &rela);
      st = sym ? &c->syms[sym->index] : NULL;
      if (!sym || st->state == SYM_KEEP)
	{
	  klp_error (c->file, "klp relocation section '%s': the relocation at "
		     "offset 0x%lx uses %s%s%s, which is not a livepatch symbol",
		     sec->name, (unsigned long) rela.r_offset,
		     sym ? "'" : "no symbol", sym ? sym->name : "",
		     sym ? "'" : "");
	  return -1;
	}
      if (st->state == SYM_CONVERT && !is_vmlinux (obj)
	  && is_vmlinux (st->obj) && bad++ == 0)
	bad_sym = sym->name;
    }
  if (bad)
    {
      klp_error (c->file, "module-specific klp relocation section '%s' uses "
		 "vmlinux symbol '%s' (%zu relocation%s against vmlinux "
		 "symbols): the kernel refuses it ('invalid access to vmlinux "
		 "symbol'); vmlinux symbols belong in '.klp.rela.vmlinux.*' "
		 "sections", sec->name, bad_sym, bad, bad == 1 ? "" : "s");
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

  if (g->n == g->alloc)
    {
      size_t n = g->alloc ? 2 * g->alloc : 16;
      struct group **v = klp_xrealloc (c->file, g->v, n * sizeof *v);
      if (!v)
	return NULL;
      g->v = v;
      g->alloc = n;
    }
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

/* The symbol a relocation of a source section uses, if it moves.  */
static struct klp_symbol *
moving_symbol (struct convert *c, struct klp_section *sec,
	       const GElf_Rela *rela)
{
  struct klp_symbol *sym = klp_rela_symbol (sec, rela);
  if (sym && c->syms[sym->index].state == SYM_CONVERT)
    return sym;
  return NULL;
}

/* Count the relocations of each group, creating groups in order.  */
static int
count_groups (struct convert *c, struct groups *g)
{
  for (size_t i = 0; i < c->nsources; i++)
    {
      struct klp_section *sec = c->sources[i];

      if (!is_alloc_section (sec->info))
	continue;
      for (size_t j = 0; j < klp_rela_count (sec); j++)
	{
	  GElf_Rela rela;
	  struct klp_symbol *sym;
	  struct group *grp;
	  const char *obj;

	  klp_rela_get (sec, j, &rela);
	  sym = moving_symbol (c, sec, &rela);
	  if (!sym)
	    continue;
	  obj = c->syms[sym->index].obj;
	  grp = find_group (g, sec->info, obj);
	  if (!grp && !(grp = add_group (c, g, sec->info, obj)))
	    return -1;
	  grp->count++;
	}
    }
  return 0;
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
      size_t old = 0;

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
      old = klp_rela_count (sec);
      grp->buf = klp_xcalloc (c->file, old + grp->count, sizeof *grp->buf);
      if (!grp->buf)
	return -1;
      for (; grp->filled < old; grp->filled++)
	{
	  GElf_Rela r;
	  klp_rela_get (sec, grp->filled, &r);
	  grp->buf[grp->filled].r_offset = r.r_offset;
	  grp->buf[grp->filled].r_info = r.r_info;
	  grp->buf[grp->filled].r_addend = r.r_addend;
	}
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

  if (!keep)
    return -1;
  for (size_t j = 0; j < n; j++)
    {
      GElf_Rela rela;
      struct klp_symbol *sym;
      struct sym_info *st;
      struct group *grp;
      Elf64_Rela *out;

      klp_rela_get (sec, j, &rela);
      sym = moving_symbol (c, sec, &rela);
      keep[j] = !sym;
      if (!sym)
	{
	  kept++;
	  continue;
	}
      st = &c->syms[sym->index];
      grp = find_group (g, sec->info, st->obj);
      out = &grp->buf[grp->filled++];
      out->r_offset = rela.r_offset;
      out->r_info = rela.r_info;
      out->r_addend = rela.r_addend;
      if (st->moved++ == 0)
	touched[(*ntouched)++] = sym->index;
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
  if (!touched || count_groups (c, &g) != 0 || create_klp_sections (c, &g) != 0)
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
      klp_section_set_data (grp->klp, grp->buf,
			    grp->filled * sizeof *grp->buf);
      grp->buf = NULL;
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

  if (check_machine (c) != 0
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
