/* Symbol maps and Module.symvers.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A map is read in passes (see parse_map):
   1. the input is in one NUL-terminated buffer; it is checked to hold no
      NUL byte and its lines are counted: that bounds the number of
      symbols, so the table by name is allocated once;
   2. the first line selects the format (libklp's "klp-symbols-map", or
      the kernel patchset's "klp-convert-symbol-data.0.1");
   3. every line is tokenised in place (separators become NULs) and
      checked; each symbol's name goes into the table by name;
   4. the symbols of the names that several symbols share are gathered
      into runs, in map order.

   Memory is what limits a map of every module of a distribution kernel,
   and the goal is a peak of at most twice the map file, in both formats
   (bench/bench-convert.sh).  So a symbol is nothing but the offset of
   its name in the buffer, which holds the file tokenised in place:
   - the table by name is an open-addressing array of 4-byte values, 1.5
     slots per line of the map (at most two-thirds full), with one slot
     per distinct name: 0 for an empty slot, the offset of the name of
     the only symbol of that name, or, for a name several symbols share,
     SIZE + the index of their run in DUPS;
   - DUPS holds the runs: the offsets of the symbols of one name, in map
     order, each run followed by a 0;
   - everything else is found from the offset: the object (the objects
     are contiguous in the buffer: a binary search of their starts); in
     libklp's format, whose line "TYPE<TAB>NAME<TAB>EXPORT<TAB>FILE"
     became "TYPE\0NAME\0EXPORT\0FILE", the type two bytes before the
     name, the export flag and the file after it; in the patchset's
     format, the export from the "__ksymtab_NAME" lines of the object;
     a symbol's position and count, from the neighbours in its run (the
     symbols of one object are contiguous in it, since an object may
     appear only once).
   A symbol handle (struct klp_mapsym *) points to its 4-byte offset, in
   the table for a unique name, in DUPS otherwise.

   Pass 3 counts, for each shared name, its symbols, and lists the
   symbols after the first of each, with their name's index, in map
   order; pass 4 sizes DUPS from the counts and fills the runs from that
   list, without looking any name up again.  */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <klp/abi.h>
#include "array.h"
#include "diag.h"
#include "modinfo.h"
#include "rules.h"
#include "strutil.h"
#include "symmap.h"
#include "textfile.h"

#define MAP_MAGIC "klp-symbols-map"
#define MAP_VERSION "1"
#define OLD_MAGIC_PREFIX "klp-convert-symbol-data."
#define OLD_MAGIC OLD_MAGIC_PREFIX "0.1"

/* The table by name has 1.5 slots per line of the map, so that it is at
   most two-thirds full and probe sequences stay short.  */
#define SLOTS_SPARE_DIVISOR 2

/* The most objects a map may have.  */
#define MAX_OBJECTS UINT16_MAX

/* ------------------------------------------------------------------ */
/* Text input.                                                        */
/* ------------------------------------------------------------------ */

/* Split LINE in place at TABs into at most MAX fields; the last field
   keeps any further TABs.  Returns the number of fields.  */
static int
split_fields (char *line, char **fields, int max)
{
  int n = 0;

  fields[n++] = line;
  while (n < max)
    {
      char *tab = strchr (fields[n - 1], '\t');
      if (!tab)
	break;
      *tab = '\0';
      fields[n++] = tab + 1;
    }
  return n;
}

/* NAME as a symbol name of a map: a klp symbol name (rules.h), and no
   white space, which separates a map's fields.  */
static enum klp_name_problem
find_map_symname_problem (const char *name)
{
  enum klp_name_problem problem = klp_find_symname_problem (name);

  if (problem != KLP_NAME_OK)
    return problem;
  for (const char *p = name; *p; p++)
    if (klp_is_space (*p))
      return KLP_NAME_SPACE;
  return KLP_NAME_OK;
}

bool
klp_is_map_symname (const char *name)
{
  return find_map_symname_problem (name) == KLP_NAME_OK;
}

/* Check that the object or symbol NAME of the line of L is one a map can
   carry (for an object, a module name as kbuild makes it).  Returns 0,
   or -1 after reporting.  */
static int
check_name (const struct klp_lines *l, const char *name, bool is_object)
{
  enum klp_name_problem problem = (is_object ? klp_find_modname_problem (name)
				   : find_map_symname_problem (name));
  char message[256];

  if (problem == KLP_NAME_OK)
    return 0;
  klp_lines_error (l, "%s",
		   klp_format_name_problem (message, sizeof message, problem,
					    is_object ? "object name"
					    : "symbol name", is_object,
					    name));
  return -1;
}

/* ------------------------------------------------------------------ */
/* Symbol maps.                                                       */
/* ------------------------------------------------------------------ */

struct map_object
{
  struct klp_mapobj pub;	/* What the map hands out.  */
  struct klp_hnode node;	/* In klp_symmap.objnames.  */
  size_t line;			/* Where it starts, for diagnostics.  */
  uint32_t start;		/* Offset of its line in the buffer.  */
};

/* A "__ksymtab_NAME" line of the patchset's format.  */
struct map_export
{
  struct klp_hnode node;	/* In klp_symmap.exportnames.  */
  const char *name;
  const struct map_object *obj;
};

enum map_format
{
  MAP_FORMAT_LIBKLP,
  MAP_FORMAT_KLP_CONVERT
};

/* A name several symbols share, while the map is read (passes 3 and
   4).  */
struct shared_name
{
  uint32_t first;		/* Pass 3: the first symbol's offset; pass
				   4: the run's index in DUPS.  */
  uint32_t count;		/* Pass 3: its symbols; pass 4: where the
				   next one goes in DUPS.  */
};

/* A symbol after the first of a shared name (pass 3).  */
struct later_symbol
{
  uint32_t offset;
  uint32_t shared;		/* Index of its shared_name.  */
};

struct klp_symmap
{
  char *path;
  char *buf;			/* The input, tokenised in place.  */
  uint32_t size;		/* Its size: slot values from SIZE on are
				   runs.  */
  enum map_format format;
  uint32_t *slots;		/* The table by name: 0, a name's offset, or
				   SIZE + a run's index.  */
  size_t nslots;
  uint32_t *dups;		/* The runs of shared names, each ended by
				   0; DUPS[0] is 0.  */
  size_t ndups;
  size_t nsyms;
  struct map_object **objs;	/* [nobjs], in map order.  */
  size_t nobjs, objs_alloc;
  struct klp_htab objnames;
  struct map_export *exports;	/* Patchset's format only.  */
  size_t nexports, exports_alloc;
  struct klp_htab exportnames;
  /* Passes 3 and 4 only.  */
  struct shared_name *shared;
  size_t nshared, shared_alloc;
  struct later_symbol *later;
  size_t nlater, later_alloc;
};

void
klp_symmap_free (struct klp_symmap *map)
{
  if (!map)
    return;
  for (size_t i = 0; i < map->nobjs; i++)
    free (map->objs[i]);
  free (map->objs);
  klp_htab_free (&map->objnames);
  klp_htab_free (&map->exportnames);
  free (map->exports);
  free (map->shared);
  free (map->later);
  free (map->dups);
  free (map->slots);
  free (map->buf);
  free (map->path);
  free (map);
}

static inline const uint32_t *
handle_offset (const struct klp_mapsym *sym)
{
  return (const uint32_t *) sym;
}

static inline const struct klp_mapsym *
make_handle (const uint32_t *p)
{
  return (const struct klp_mapsym *) p;
}

/* The name of the symbols of the slot value V, during pass 3 (RUNS
   false: V from SIZE on is a shared_name) or after pass 4.  */
static inline const char *
slot_name (const struct klp_symmap *map, uint32_t v, bool runs)
{
  if (v < map->size)
    return map->buf + v;
  if (!runs)
    return map->buf + map->shared[v - map->size].first;
  return map->buf + map->dups[v - map->size];
}

/* The home slot of hash H.  */
static inline size_t
home_slot (const struct klp_symmap *map, uint64_t h)
{
  /* Lemire's multiply-shift: a table of any size, not only a power of
     two, so that it takes no more memory than it needs.  */
  return (size_t) (((unsigned __int128) h * map->nslots) >> 64);
}

/* The slot of NAME (hash H): the one holding its symbols, or the empty
   one where they would go.  */
static size_t
find_slot (const struct klp_symmap *map, const char *name, uint64_t h,
	   bool runs)
{
  size_t i = home_slot (map, h);

  while (map->slots[i] != 0
	 && strcmp (slot_name (map, map->slots[i], runs), name) != 0)
    if (++i == map->nslots)
      i = 0;
  return i;
}

/* The object that holds the line at OFFSET.  */
static const struct map_object *
object_at (const struct klp_symmap *map, uint32_t offset)
{
  size_t lo = 0, hi = map->nobjs;

  /* The last object that starts before OFFSET; every symbol line follows
     an object line.  */
  while (hi - lo > 1)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (map->objs[mid]->start < offset)
	lo = mid;
      else
	hi = mid;
    }
  return map->objs[lo];
}

static struct map_object *
find_object (const struct klp_symmap *map, const char *name)
{
  struct map_object *o;

  if (!map->objnames.buckets)
    return NULL;
  klp_htab_for_each (&map->objnames, klp_hash_str (name), o,
		     struct map_object, node)
    if (strcmp (o->pub.name, name) == 0)
      return o;
  return NULL;
}

/* Make room for one more object in the table by name, which is rebuilt
   twice as large when full (objects are few: thousands at most).  */
static int
grow_object_table (struct klp_symmap *map)
{
  if (map->objnames.buckets && map->nobjs < map->objnames.mask)
    return 0;
  klp_htab_free (&map->objnames);
  if (klp_htab_init (&map->objnames, 2 * map->nobjs + 64) < 0)
    {
      klp_error (map->path, "out of memory");
      return -1;
    }
  for (size_t i = 0; i < map->nobjs; i++)
    klp_htab_add (&map->objnames, klp_hash_str (map->objs[i]->pub.name),
		  &map->objs[i]->node);
  return 0;
}

/* Check the object name NAME (on line L, at offset START), which has
   already been put in the kernel's form, and start a new object.  */
static struct map_object *
start_object (struct klp_symmap *map, const struct klp_lines *l, char *name,
	      uint32_t start)
{
  struct map_object *o;

  if (check_name (l, name, true) < 0)
    return NULL;
  o = find_object (map, name);
  if (o)
    {
      klp_lines_error (l, "object '%s' appears twice (first at line %zu)",
		       name, o->line);
      return NULL;
    }
  if (map->nobjs == MAX_OBJECTS)
    {
      klp_lines_error (l, "more than %u objects", MAX_OBJECTS);
      return NULL;
    }
  if (grow_object_table (map) < 0
      || klp_array_reserve (map->path, map->objs, map->objs_alloc,
			    map->nobjs + 1) < 0)
    return NULL;
  o = klp_xcalloc (map->path, 1, sizeof *o);
  if (!o)
    return NULL;
  o->pub.name = name;
  o->line = l->line;
  o->start = start;
  map->objs[map->nobjs++] = o;
  klp_htab_add (&map->objnames, klp_hash_str (name), &o->node);
  return o;
}

/* Pass 3: add the symbol NAME of OBJ to the table by name.  */
static int
add_symbol (struct klp_symmap *map, struct map_object *obj, const char *name)
{
  uint32_t offset = name - map->buf;
  size_t slot = find_slot (map, name, klp_hash_str (name), false);
  uint32_t v = map->slots[slot];
  size_t shared;

  obj->pub.nsyms++;
  map->nsyms++;
  if (v == 0)
    {
      /* No overflow: the table has more slots than the map has lines.  */
      map->slots[slot] = offset;
      return 0;
    }
  if (v < map->size)
    {
      /* The second symbol of this name.  */
      if (klp_array_reserve (map->path, map->shared, map->shared_alloc,
			     map->nshared + 1) < 0)
	return -1;
      shared = map->nshared++;
      if ((uint64_t) map->size + shared >= UINT32_MAX)
	{
	  klp_error (map->path, "symbol map too large (4 GiB at most)");
	  return -1;
	}
      map->shared[shared].first = v;
      map->shared[shared].count = 1;
      map->slots[slot] = map->size + shared;
    }
  else
    shared = v - map->size;
  if (klp_array_reserve (map->path, map->later, map->later_alloc,
			 map->nlater + 1) < 0)
    return -1;
  map->shared[shared].count++;
  map->later[map->nlater].offset = offset;
  map->later[map->nlater].shared = shared;
  map->nlater++;
  return 0;
}

/* Pass 4: gather the symbols of each shared name into its run, in map
   order, and make the table point to the runs.  */
static int
make_runs (struct klp_symmap *map)
{
  size_t n = 1;

  for (size_t i = 0; i < map->nshared; i++)
    n += map->shared[i].count + 1;
  if (map->nshared && (uint64_t) map->size + n >= UINT32_MAX)
    {
      klp_error (map->path, "symbol map too large (4 GiB at most)");
      return -1;
    }
  map->dups = klp_xcalloc (map->path, n, sizeof *map->dups);
  if (!map->dups)
    return -1;
  map->ndups = n;
  n = 1;
  for (size_t i = 0; i < map->nshared; i++)
    {
      struct shared_name *s = &map->shared[i];
      size_t count = s->count;

      map->dups[n] = s->first;
      s->first = n;
      s->count = n + 1;
      n += count + 1;
    }
  for (size_t i = 0; i < map->nlater; i++)
    {
      struct shared_name *s = &map->shared[map->later[i].shared];
      map->dups[s->count++] = map->later[i].offset;
    }
  for (size_t i = 0; i < map->nslots; i++)
    if (map->slots[i] >= map->size)
      map->slots[i] = map->size + map->shared[map->slots[i] - map->size].first;
  free (map->shared);
  free (map->later);
  map->shared = NULL;
  map->later = NULL;
  return 0;
}

/* A line of libklp's format: "object<TAB>NAME" or
   "TYPE<TAB>NAME<TAB>EXPORT<TAB>FILE".  Further fields are ignored.  */
static int
parse_libklp_line (struct klp_symmap *map, const struct klp_lines *l,
		   char *line, struct map_object **obj)
{
  char *f[5];
  int n;
  char type;

  n = split_fields (line, f, 5);
  if (strcmp (f[0], "object") == 0)
    {
      if (n < 2)
	{
	  klp_lines_error (l, "truncated line: expected 'object<TAB>NAME'");
	  return -1;
	}
      *obj = start_object (map, l, f[1], line - map->buf);
      return *obj ? 0 : -1;
    }

  if (f[0][0] == '\0' || f[0][1] != '\0')
    {
      klp_lines_error (l, "malformed line: expected 'object<TAB>NAME' or "
		       "'TYPE<TAB>NAME<TAB>EXPORT<TAB>FILE'");
      return -1;
    }
  if (n < 4)
    {
      klp_lines_error (l, "truncated line: expected 4 TAB-separated fields "
		       "(TYPE, NAME, EXPORT, FILE), found %d", n);
      return -1;
    }
  type = f[0][0];
  if (!((type >= 'a' && type <= 'z') || (type >= 'A' && type <= 'Z')
	|| type == '?'))
    {
      klp_lines_error (l, "invalid symbol type '%c'", type);
      return -1;
    }
  if (check_name (l, f[1], false) < 0)
    return -1;
  if (f[2][0] == '\0' || f[2][1] != '\0'
      || (f[2][0] != '-' && f[2][0] != 'E' && f[2][0] != 'G'))
    {
      klp_lines_error (l, "invalid export flag '%.16s' (expected '-', 'E' "
		       "or 'G')", f[2]);
      return -1;
    }
  if (f[3][0] == '\0')
    {
      klp_lines_error (l, "empty file field (write '-' for an unknown "
		       "file)");
      return -1;
    }
  if (!*obj)
    {
      klp_lines_error (l, "symbol '%.64s' before any object line", f[1]);
      return -1;
    }
  return add_symbol (map, *obj, f[1]);
}

/* A line of the patchset's format: "*OBJECT", "__ksymtab_NAME" or
   "NAME".  */
static int
parse_klp_convert_line (struct klp_symmap *map, const struct klp_lines *l,
			char *line, struct map_object **obj)
{
  const char *exported;

  if (line[0] == '*')
    {
      /* The patchset wrote module file names: make them the names the
	 kernel knows (KBUILD_MODNAME).  */
      *obj = start_object (map, l, klp_module_name_from_file (line + 1),
			   line - map->buf);
      return *obj ? 0 : -1;
    }
  if (!*obj)
    {
      klp_lines_error (l, "symbol '%.64s' before any '*OBJECT' line", line);
      return -1;
    }
  exported = klp_find_exported_name (line);
  if (exported)
    {
      struct map_export *e;

      if (check_name (l, exported, false) < 0
	  || klp_array_reserve (map->path, map->exports, map->exports_alloc,
				map->nexports + 1) < 0)
	return -1;
      e = &map->exports[map->nexports++];
      e->name = exported;
      e->obj = *obj;
      return 0;
    }
  if (check_name (l, line, false) < 0)
    return -1;
  return add_symbol (map, *obj, line);
}

/* Pass 2: the first line.  Returns 0 and sets *FORMAT, or -1.  */
static int
parse_header (const struct klp_lines *l, const char *line,
	      enum map_format *format)
{
  size_t magic_len = strlen (MAP_MAGIC);

  if (strncmp (line, MAP_MAGIC, magic_len) == 0)
    {
      if (line[magic_len] != '\t')
	{
	  klp_lines_error (l, "malformed header: expected '%s<TAB>%s'",
			   MAP_MAGIC, MAP_VERSION);
	  return -1;
	}
      if (strcmp (line + magic_len + 1, MAP_VERSION) != 0)
	{
	  klp_lines_error (l, "unsupported %s version '%.32s' (this libklp "
			   "reads version %s)", MAP_MAGIC,
			   line + magic_len + 1, MAP_VERSION);
	  return -1;
	}
      *format = MAP_FORMAT_LIBKLP;
      return 0;
    }
  if (strcmp (line, OLD_MAGIC) == 0)
    {
      *format = MAP_FORMAT_KLP_CONVERT;
      return 0;
    }
  if (klp_has_prefix (line, OLD_MAGIC_PREFIX))
    {
      klp_lines_error (l, "unsupported klp-convert-symbol-data version "
		       "'%.32s' (this libklp reads 0.1)",
		       line + strlen (OLD_MAGIC_PREFIX));
      return -1;
    }
  klp_lines_error (l, "not a symbol map: the first line is neither "
		   "'%s<TAB>%s' nor '%s'", MAP_MAGIC, MAP_VERSION, OLD_MAGIC);
  return -1;
}

/* Index the "__ksymtab_NAME" lines of the patchset's format by name.  */
static int
index_exports (struct klp_symmap *map)
{
  if (klp_htab_init (&map->exportnames, map->nexports) < 0)
    {
      klp_error (map->path, "out of memory");
      return -1;
    }
  for (size_t i = 0; i < map->nexports; i++)
    klp_htab_add (&map->exportnames, klp_hash_str (map->exports[i].name),
		  &map->exports[i].node);
  return 0;
}

/* Parse MAP->buf, which holds SIZE bytes and a NUL.  */
static int
parse_map (struct klp_symmap *map, size_t size)
{
  struct klp_lines l;
  size_t nlines;
  struct map_object *obj = NULL;
  char *line;
  bool error;

  /* Pass 1.  */
  if (klp_lines_init (&l, map->path, map->buf, size, &nlines) < 0)
    return -1;
  if (size >= UINT32_MAX)
    {
      klp_error (map->path, "symbol map too large (4 GiB at most)");
      return -1;
    }
  map->size = size;
  map->nslots = nlines + nlines / SLOTS_SPARE_DIVISOR + 16;
  map->slots = klp_xcalloc (map->path, map->nslots, sizeof *map->slots);
  if (!map->slots)
    return -1;

  /* Pass 2.  */
  line = klp_lines_next (&l, &error);
  if (!line)
    {
      if (!error)
	klp_error_at (map->path, 1, "empty file: not a symbol map");
      return -1;
    }
  if (parse_header (&l, line, &map->format) < 0)
    return -1;

  /* Pass 3.  */
  while ((line = klp_lines_next (&l, &error)))
    {
      int r;

      if (line[0] == '\0')
	continue;
      if (map->format == MAP_FORMAT_LIBKLP)
	{
	  if (line[0] == '#')
	    continue;
	  r = parse_libklp_line (map, &l, line, &obj);
	}
      else
	r = parse_klp_convert_line (map, &l, line, &obj);
      if (r < 0)
	return -1;
    }
  if (error)
    return -1;

  /* Pass 4.  */
  if (map->nexports && index_exports (map) < 0)
    return -1;
  return make_runs (map);
}

/* Load the map PATH, or the SIZE bytes at DATA when IN_MEMORY.  */
static struct klp_symmap *
load_map (const char *path, bool in_memory, const char *data, size_t size)
{
  struct klp_symmap *map = klp_xcalloc (path, 1, sizeof *map);

  if (!map)
    return NULL;
  map->path = klp_xstrdup (path, path);
  if (!map->path
      || klp_load_text (path, in_memory, data, size, &map->buf, &size) < 0
      || parse_map (map, size) < 0)
    {
      klp_symmap_free (map);
      return NULL;
    }
  return map;
}

struct klp_symmap *
klp_symmap_load (const char *path)
{
  return load_map (path, false, NULL, 0);
}

struct klp_symmap *
klp_symmap_load_memory (const char *name, const char *data, size_t size)
{
  return load_map (name, true, data, size);
}

const struct klp_mapsym *
klp_symmap_lookup (const struct klp_symmap *map, const char *name)
{
  size_t slot;
  uint32_t v;

  if (!map->slots)
    return NULL;
  slot = find_slot (map, name, klp_hash_str (name), true);
  v = map->slots[slot];
  if (v == 0)
    return NULL;
  return make_handle (v < map->size ? &map->slots[slot]
		      : &map->dups[v - map->size]);
}

/* Whether SYM is in a run (its name is shared).  */
static inline bool
is_in_run (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  const uint32_t *p = handle_offset (sym);

  return map->dups && p > map->dups && p < map->dups + map->ndups;
}

const struct klp_mapsym *
klp_mapsym_next (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  const uint32_t *p = handle_offset (sym);

  return is_in_run (map, sym) && p[1] ? make_handle (p + 1) : NULL;
}

const char *
klp_mapsym_name (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  return map->buf + *handle_offset (sym);
}

const char *
klp_mapsym_object (const struct klp_symmap *map,
		   const struct klp_mapsym *sym)
{
  return object_at (map, *handle_offset (sym))->pub.name;
}

/* The export field of SYM in libklp's format.  */
static const char *
export_field (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  const char *name = klp_mapsym_name (map, sym);

  return name + strlen (name) + 1;
}

const char *
klp_mapsym_file (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  const char *file;

  if (map->format != MAP_FORMAT_LIBKLP)
    return NULL;
  file = export_field (map, sym) + 2;
  return strcmp (file, "-") == 0 ? NULL : file;
}

/* Same-named symbols of one object are consecutive in their run: the
   position is one more than the number of those before SYM.  */
unsigned int
klp_mapsym_pos (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  const uint32_t *p = handle_offset (sym);
  const struct map_object *obj;
  unsigned int pos = 1;

  if (!is_in_run (map, sym))
    return 1;
  obj = object_at (map, *p);
  while (p[-1] && object_at (map, p[-1]) == obj)
    {
      p--;
      pos++;
    }
  return pos;
}

unsigned int
klp_mapsym_count (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  const uint32_t *p = handle_offset (sym);
  const struct map_object *obj;
  unsigned int count = klp_mapsym_pos (map, sym);

  if (!is_in_run (map, sym))
    return 1;
  obj = object_at (map, *p);
  for (p++; *p && object_at (map, *p) == obj; p++)
    count++;
  return count;
}

char
klp_mapsym_type (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  if (map->format != MAP_FORMAT_LIBKLP)
    return '?';
  return map->buf[*handle_offset (sym) - 2];
}

/* Whether OBJ exports NAME by a "__ksymtab_NAME" line of the patchset's
   format (NULL OBJ: any object).  */
static bool
has_export_line (const struct klp_symmap *map, const struct map_object *obj,
		 const char *name)
{
  struct map_export *e;

  if (!map->exportnames.buckets)
    return false;
  klp_htab_for_each (&map->exportnames, klp_hash_str (name), e,
		     struct map_export, node)
    if ((!obj || e->obj == obj) && strcmp (e->name, name) == 0)
      return true;
  return false;
}

bool
klp_mapsym_exported (const struct klp_symmap *map,
		     const struct klp_mapsym *sym)
{
  if (map->format == MAP_FORMAT_LIBKLP)
    return export_field (map, sym)[0] != '-';
  return has_export_line (map, object_at (map, *handle_offset (sym)),
			  klp_mapsym_name (map, sym));
}

const struct klp_mapobj *
klp_symmap_object (const struct klp_symmap *map, const char *name)
{
  struct map_object *o = find_object (map, name);

  return o ? &o->pub : NULL;
}

bool
klp_symmap_is_exported (const struct klp_symmap *map, const char *name)
{
  /* The patchset's format may name exports whose symbol it does not
     list.  */
  if (map->format != MAP_FORMAT_LIBKLP)
    return has_export_line (map, NULL, name);
  for (const struct klp_mapsym *s = klp_symmap_lookup (map, name); s;
       s = klp_mapsym_next (map, s))
    if (klp_mapsym_exported (map, s))
      return true;
  return false;
}

size_t
klp_symmap_nsyms (const struct klp_symmap *map)
{
  return map->nsyms;
}

size_t
klp_symmap_nobjs (const struct klp_symmap *map)
{
  return map->nobjs;
}

const char *
klp_symmap_path (const struct klp_symmap *map)
{
  return map->path;
}

/* ------------------------------------------------------------------ */
/* Module.symvers.                                                    */
/* ------------------------------------------------------------------ */

struct symvers_entry
{
  struct klp_hnode node;
  const char *name;
  const char *module;		/* The kernel's object name.  */
  bool is_gpl;			/* EXPORT_SYMBOL_GPL.  */
};

struct klp_symvers
{
  char *path;
  char *buf;			/* The input, tokenised in place.  */
  struct symvers_entry *entries;
  size_t nentries;
  struct klp_htab names;
};

void
klp_symvers_free (struct klp_symvers *symvers)
{
  if (!symvers)
    return;
  klp_htab_free (&symvers->names);
  free (symvers->entries);
  free (symvers->buf);
  free (symvers->path);
  free (symvers);
}

static struct symvers_entry *
find_symvers_entry (const struct klp_symvers *symvers, const char *name,
		    uint64_t h)
{
  struct symvers_entry *e;

  klp_htab_for_each (&symvers->names, h, e, struct symvers_entry, node)
    if (strcmp (e->name, name) == 0)
      return e;
  return NULL;
}

static bool
is_valid_crc (const char *s)
{
  size_t n;

  if (s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
    return false;
  n = strspn (s + 2, "0123456789abcdefABCDEF");
  return n >= 1 && n <= 16 && s[2 + n] == '\0';
}

static int
parse_symvers_line (struct klp_symvers *symvers, const struct klp_lines *t,
		    char *line)
{
  char *f[6];
  int n = split_fields (line, f, 6);
  const char *module;
  uint64_t h;
  struct symvers_entry *e;

  if (n < 4 || n > 5)
    {
      klp_lines_error (t, "%s line: expected 'CRC<TAB>NAME<TAB>MODULE<TAB>"
		       "EXPORT_TYPE[<TAB>NAMESPACE]'",
		       n < 4 ? "truncated" : "malformed");
      return -1;
    }
  if (!is_valid_crc (f[0]))
    {
      klp_lines_error (t, "invalid CRC '%.32s'", f[0]);
      return -1;
    }
  if (check_name (t, f[1], false) < 0)
    return -1;
  module = klp_module_name_from_file (f[2]);
  if (module[0] == '\0')
    {
      klp_lines_error (t, "empty module name");
      return -1;
    }
  if (strncmp (f[3], "EXPORT_", strlen ("EXPORT_")) != 0)
    {
      klp_lines_error (t, "invalid export type '%.32s'", f[3]);
      return -1;
    }

  /* The first line for a name wins; modpost never writes two.  */
  h = klp_hash_str (f[1]);
  if (find_symvers_entry (symvers, f[1], h))
    return 0;
  e = &symvers->entries[symvers->nentries++];
  e->name = f[1];
  e->module = module;
  e->is_gpl = strstr (f[3], "_GPL") != NULL;
  klp_htab_add (&symvers->names, h, &e->node);
  return 0;
}

static int
parse_symvers (struct klp_symvers *symvers, size_t size)
{
  struct klp_lines t;
  size_t nlines;
  char *line;
  bool error;

  if (klp_lines_init (&t, symvers->path, symvers->buf, size, &nlines) < 0)
    return -1;
  if (nlines > SIZE_MAX / sizeof *symvers->entries)
    {
      klp_error (symvers->path, "out of memory");
      return -1;
    }
  symvers->entries = klp_xmalloc (symvers->path,
				  nlines * sizeof *symvers->entries);
  if (!symvers->entries)
    return -1;
  if (klp_htab_init (&symvers->names, nlines) < 0)
    {
      klp_error (symvers->path, "out of memory");
      return -1;
    }
  while ((line = klp_lines_next (&t, &error)))
    {
      if (line[0] == '\0')
	continue;
      if (parse_symvers_line (symvers, &t, line) < 0)
	return -1;
    }
  return error ? -1 : 0;
}

/* Load Module.symvers from PATH, or the SIZE bytes at DATA when
   IN_MEMORY.  */
static struct klp_symvers *
load_symvers (const char *path, bool in_memory, const char *data,
	      size_t size)
{
  struct klp_symvers *symvers = klp_xcalloc (path, 1, sizeof *symvers);

  if (!symvers)
    return NULL;
  symvers->path = klp_xstrdup (path, path);
  if (!symvers->path
      || klp_load_text (path, in_memory, data, size, &symvers->buf, &size)
	 < 0
      || parse_symvers (symvers, size) < 0)
    {
      klp_symvers_free (symvers);
      return NULL;
    }
  return symvers;
}

struct klp_symvers *
klp_symvers_load (const char *path)
{
  return load_symvers (path, false, NULL, 0);
}

struct klp_symvers *
klp_symvers_load_memory (const char *name, const char *data, size_t size)
{
  return load_symvers (name, true, data, size);
}

const char *
klp_symvers_lookup (const struct klp_symvers *symvers, const char *name)
{
  struct symvers_entry *e = find_symvers_entry (symvers, name,
						klp_hash_str (name));

  return e ? e->module : NULL;
}

const char *
klp_symvers_lookup_export (const struct klp_symvers *symvers,
			   const char *name, bool *is_gpl)
{
  struct symvers_entry *e = find_symvers_entry (symvers, name,
						klp_hash_str (name));

  *is_gpl = e && e->is_gpl;
  return e ? e->module : NULL;
}
