/* Symbol maps and Module.symvers.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A map is read in passes (see parse_map):
   1. the input is in one NUL-terminated buffer; it is checked to hold no
      NUL byte and its lines are counted: that bounds the number of
      symbols, so the symbol array is allocated once and never moves;
   2. the first line selects the format (libklp's "klp-symbols-map", or
      the kernel patchset's "klp-convert-symbol-data.0.1");
   3. every line is tokenised in place (separators become NULs: names and
      files point into the buffer) and checked, and each symbol is
      appended to the array with the hash of its name;
   4. the symbols are linked into the table by name, in map order, each
      at the end of the chain of its name, and get their positions;
   5. the chains are finished (and, in the old format, the export flags
      of "__ksymtab_" lines given to their symbols).

   Memory is what limits a map of every module of a distribution kernel:
   a symbol is 16 bytes (an offset into the buffer, indices instead of
   pointers, the file found next to the name) and the table by name is an open-addressing array of 4-byte
   symbol indices, one slot per distinct name.  During pass 4 a slot
   holds the *last* symbol of its name and the chain is circular (the last
   symbol's 'next' leads to the first), so appending is O(1) without any
   extra memory; pass 5 puts the first symbol in the slot and ends the
   chain.  Every object's symbols are contiguous in map order (an object
   may not appear twice), so a symbol's position is its predecessor's
   plus one when both are in the same object, and its count is the
   position of the last one of the object in its chain.  Pass 4 is
   separate from pass 3 so that it can prefetch: the table is far larger
   than the cache.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <klp/abi.h>
#include "diag.h"
#include "symmap.h"
#include "textfile.h"

#define MAP_MAGIC "klp-symbols-map"
#define MAP_VERSION "1"
#define OLD_MAGIC_PREFIX "klp-convert-symbol-data."
#define OLD_MAGIC OLD_MAGIC_PREFIX "0.1"
#define KSYMTAB_PREFIX "__ksymtab_"

/* The open-addressing table by name has 1.5 slots (4 bytes each) per
   symbol, so that it is at most two-thirds full and probe sequences stay
   short.  */
#define SLOTS_SPARE_DIVISOR 2

/* ------------------------------------------------------------------ */
/* Reading text input.                                                */
/* ------------------------------------------------------------------ */

/* A text file read into memory, walked line by line.  */
struct text
{
  const char *path;
  char *buf;			/* SIZE bytes and a NUL (owned by the
				   caller of text_init).  */
  size_t size;
  char *next;			/* Start of the next line.  */
  size_t line;			/* Number of the current line, 1-based.  */
};

/* Report an error at the current line of T.  */
static void text_error (const struct text *t, const char *fmt, ...)
  __attribute__ ((__format__ (__printf__, 2, 3)));

static void
text_error (const struct text *t, const char *fmt, ...)
{
  char where[4096];
  char message[4096];
  va_list ap;

  snprintf (where, sizeof where, "%s:%zu", t->path, t->line);
  va_start (ap, fmt);
  vsnprintf (message, sizeof message, fmt, ap);
  va_end (ap);
  klp_error (where, "%s", message);
}

/* Prepare to walk BUF (SIZE bytes and a NUL).  Refuse a buffer that
   holds a NUL byte: lines are tokenised into NUL-terminated strings.
   On success store the number of lines (a last line without its
   newline counts) in *NLINES.  */
static int
text_init (struct text *t, const char *path, char *buf, size_t size,
	   size_t *nlines)
{
  const char *nul, *p, *end = buf + size;
  size_t n = 0;

  t->path = path;
  t->buf = buf;
  t->size = size;
  t->next = buf;
  t->line = 0;

  nul = memchr (buf, '\0', size);
  for (p = buf; p < end; p++)
    {
      p = memchr (p, '\n', end - p);
      if (!p || (nul && p > nul))
	break;
      n++;
    }
  if (nul)
    {
      t->line = n + 1;
      text_error (t, "NUL byte in line: not a text file");
      return -1;
    }
  if (size && buf[size - 1] != '\n')
    n++;
  *nlines = n;
  return 0;
}

/* The next line of T, NUL-terminated in place, or NULL at the end.  A
   line ending in a carriage return is refused.  */
static char *
text_next_line (struct text *t, bool *error)
{
  char *line = t->next;
  char *nl;
  size_t len;

  *error = false;
  if (line >= t->buf + t->size)
    return NULL;
  t->line++;
  nl = memchr (line, '\n', t->buf + t->size - line);
  if (nl)
    {
      *nl = '\0';
      t->next = nl + 1;
      len = nl - line;
    }
  else
    {
      len = t->buf + t->size - line;
      t->next = line + len;
    }
  if (len && line[len - 1] == '\r')
    {
      text_error (t, "line ends with a carriage return "
		  "(DOS line endings are not supported)");
      *error = true;
      return NULL;
    }
  return line;
}

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

static inline bool
is_space_char (char c)
{
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* ------------------------------------------------------------------ */
/* Symbol maps.                                                       */
/* ------------------------------------------------------------------ */

struct map_object
{
  struct klp_mapobj pub;	/* What the map hands out.  */
  struct klp_hnode node;	/* In klp_symmap.objnames.  */
  size_t line;			/* Where it starts, for diagnostics.  */
};

/* One symbol: 16 bytes, because a map of every module of a distribution
   kernel has millions of them and the goal is a peak memory of at most
   twice the map file.  The name is an offset into the buffer that holds
   the file, tokenised in place; in libklp's format the line
   "TYPE<TAB>NAME<TAB>EXPORT<TAB>FILE" became "TYPE\0NAME\0EXPORT\0FILE",
   so the file is found two strings after the name.  Objects and chains
   are indices.  */
struct klp_mapsym
{
  uint32_t name;		/* Offset of the name in klp_symmap.buf.  */
  uint32_t next;		/* Index + 1 of the next symbol of the same
				   name in map order, 0 at the end.  */
  uint32_t pos;			/* 1-based among same-named symbols of OBJ. */
  uint16_t obj;			/* Index in klp_symmap.objs.  */
  char type;			/* nm-style type letter, '?' if unknown.  */
  uint8_t flags;		/* SYM_EXPORTED, SYM_HAS_FILE.  */
};

#define SYM_EXPORTED 1
#define SYM_HAS_FILE 2
#define MAX_OBJECTS UINT16_MAX
#define NO_SLOT UINT32_MAX

/* A "__ksymtab_NAME" line of the old format.  */
struct map_export
{
  struct klp_hnode node;	/* In klp_symmap.exportnames.  */
  const char *name;
  const struct klp_mapobj *obj;
};

enum map_format
{
  MAP_FORMAT_LIBKLP,
  MAP_FORMAT_KLP_CONVERT
};

struct klp_symmap
{
  char *path;
  char *buf;			/* The input, tokenised in place.  */
  struct klp_mapsym *syms;	/* [nsyms], in map order; allocated for
				   one symbol per input line.  */
  size_t nsyms, syms_alloc;
  uint32_t *slots;		/* Open-addressing table by name: index of
				   the first symbol of each name, or
				   NO_SLOT.  */
  size_t nslots;
  struct map_object **objs;	/* [nobjs], in map order.  */
  size_t nobjs, objs_alloc;
  struct klp_htab objnames;
  struct map_export *exports;	/* Old format only.  */
  size_t nexports, exports_alloc;
  struct klp_htab exportnames;
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
  free (map->slots);
  free (map->syms);
  free (map->buf);
  free (map->path);
  free (map);
}

static inline const char *
sym_name (const struct klp_symmap *map, const struct klp_mapsym *s)
{
  return map->buf + s->name;
}

/* The slot of NAME (hash H) in the table: the one holding a symbol of
   that name, or the empty one where it would go.  */
static inline size_t
home_slot (const struct klp_symmap *map, uint64_t h)
{
  /* Lemire's multiply-shift: a table of any size, not only a power of
     two, so that it takes no more memory than it needs.  */
  return (size_t) (((unsigned __int128) h * map->nslots) >> 64);
}

static size_t
find_slot (const struct klp_symmap *map, const char *name, uint64_t h)
{
  size_t i = home_slot (map, h);

  while (map->slots[i] != NO_SLOT
	 && strcmp (sym_name (map, &map->syms[map->slots[i]]), name) != 0)
    if (++i == map->nslots)
      i = 0;
  return i;
}

static const struct klp_mapsym *
find_first_symbol (const struct klp_symmap *map, const char *name)
{
  size_t i;

  if (!map->slots)
    return NULL;
  i = find_slot (map, name, klp_hash_str (name));
  return map->slots[i] == NO_SLOT ? NULL : &map->syms[map->slots[i]];
}

static struct map_object *
find_object (const struct klp_symmap *map, const char *name)
{
  struct map_object *o;
  uint64_t h;

  if (!map->objnames.buckets)
    return NULL;
  h = klp_hash_str (name);
  klp_htab_for_each (&map->objnames, h, o, struct map_object, node)
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

/* Check the object name NAME, which has already been put in the kernel's
   form, and start a new object.  */
static struct map_object *
start_object (struct klp_symmap *map, const struct text *t, char *name)
{
  size_t len = strlen (name);
  struct map_object *o;

  if (len == 0)
    {
      text_error (t, "empty object name");
      return NULL;
    }
  for (const char *p = name; *p; p++)
    if (*p == '.' || is_space_char (*p))
      {
	text_error (t, "object name '%s' contains %s", name,
		    *p == '.' ? "'.'" : "whitespace");
	return NULL;
      }
  if (len > KLP_OBJNAME_MAX)
    {
      text_error (t, "object name '%s' is longer than %d characters",
		  name, KLP_OBJNAME_MAX);
      return NULL;
    }
  o = find_object (map, name);
  if (o)
    {
      text_error (t, "object '%s' appears twice (first at line %zu)",
		  name, o->line);
      return NULL;
    }
  if (map->nobjs == MAX_OBJECTS)
    {
      text_error (t, "more than %u objects", MAX_OBJECTS);
      return NULL;
    }
  if (grow_object_table (map) < 0)
    return NULL;
  if (map->nobjs == map->objs_alloc)
    {
      size_t n = map->objs_alloc ? 2 * map->objs_alloc : 16;
      struct map_object **p = klp_xrealloc (map->path, map->objs,
					    n * sizeof *p);
      if (!p)
	return NULL;
      map->objs = p;
      map->objs_alloc = n;
    }
  o = klp_xcalloc (map->path, 1, sizeof *o);
  if (!o)
    return NULL;
  o->pub.name = name;
  o->line = t->line;
  map->objs[map->nobjs++] = o;
  klp_htab_add (&map->objnames, klp_hash_str (name), &o->node);
  return o;
}

/* Check a symbol name and store its length in *LEN.  Returns 0, or -1
   after reporting.  */
static int
check_symbol_name (const struct text *t, const char *name, size_t *len)
{
  const char *p;

  for (p = name; *p; p++)
    if (*p == ',' || is_space_char (*p))
      {
	text_error (t, "symbol name '%.64s%s' contains %s", name,
		    strlen (name) > 64 ? "..." : "",
		    *p == ',' ? "','" : "whitespace");
	return -1;
      }
  *len = p - name;
  if (*len == 0)
    {
      text_error (t, "empty symbol name");
      return -1;
    }
  if (*len > KLP_SYMNAME_MAX)
    {
      text_error (t, "symbol name '%.64s...' is longer than %d characters",
		  name, KLP_SYMNAME_MAX);
      return -1;
    }
  return 0;
}

/* Pass 3: append a symbol of OBJ to the array.  */
static void
add_symbol (struct klp_symmap *map, struct map_object *obj, const char *name,
	    char type, bool exported, const char *file)
{
  /* No overflow: the array has one entry per line, and each symbol
     takes a line of its own after the header.  */
  struct klp_mapsym *s = &map->syms[map->nsyms++];

  s->name = name - map->buf;
  s->next = 0;
  s->pos = 0;
  s->obj = map->nobjs - 1;
  s->type = type;
  s->flags = (exported ? SYM_EXPORTED : 0) | (file ? SYM_HAS_FILE : 0);
  obj->pub.nsyms++;
}

/* Link symbol I into the table and at the end of the chain of its name
   (hash H), and give it its position.  While linking, a slot holds the
   *last* symbol of its name and the chain is circular: the last symbol's
   'next' leads to the first.  */
static int
link_symbol (struct klp_symmap *map, uint32_t i, uint64_t h)
{
  struct klp_mapsym *s = &map->syms[i];
  size_t slot = find_slot (map, sym_name (map, s), h);
  struct klp_mapsym *last;

  if (map->slots[slot] == NO_SLOT)
    {
      s->pos = 1;
      s->next = i + 1;
      map->slots[slot] = i;
      return 0;
    }
  last = &map->syms[map->slots[slot]];
  if (last->obj == s->obj)
    {
      if (last->pos == UINT32_MAX)
	{
	  klp_error (map->path, "more than %u symbols named '%s' in '%s'",
		     UINT32_MAX, sym_name (map, s), map->objs[s->obj]->pub.name);
	  return -1;
	}
      s->pos = last->pos + 1;
    }
  else
    s->pos = 1;
  s->next = last->next;
  last->next = i + 1;
  map->slots[slot] = i;
  return 0;
}

/* How many symbols ahead pass 4 prefetches the slot of a name.  A map is
   far larger than the cache, and without this the pass waits on memory
   at every symbol.  */
#define PREFETCH_DISTANCE 16

/* Pass 4: size the table and link every symbol, in map order.  */
static int
link_symbols (struct klp_symmap *map)
{
  size_t n = map->nsyms;
  uint64_t ring[PREFETCH_DISTANCE];

  map->nslots = n + n / SLOTS_SPARE_DIVISOR + 16;
  map->slots = malloc (map->nslots * sizeof *map->slots);
  if (!map->slots)
    {
      klp_error (map->path, "out of memory");
      return -1;
    }
  memset (map->slots, 0xff, map->nslots * sizeof *map->slots);

  for (size_t i = 0; i < n && i < PREFETCH_DISTANCE; i++)
    ring[i] = klp_hash_str (sym_name (map, &map->syms[i]));
  for (size_t i = 0; i < n; i++)
    {
      uint64_t h = ring[i % PREFETCH_DISTANCE];
      if (i + PREFETCH_DISTANCE < n)
	{
	  uint64_t ahead = klp_hash_str (sym_name (map, &map->syms[i + PREFETCH_DISTANCE]));
	  ring[i % PREFETCH_DISTANCE] = ahead;
	  __builtin_prefetch (&map->slots[home_slot (map, ahead)]);
	}
      if (link_symbol (map, i, h) < 0)
	return -1;
    }
  return 0;
}

/* Whether OBJ exports NAME, by a "__ksymtab_NAME" line of the old
   format.  */
static bool
has_export_line (const struct klp_symmap *map, const struct klp_mapobj *obj,
		 const char *name)
{
  struct map_export *e;
  uint64_t h = klp_hash_str (name);

  klp_htab_for_each (&map->exportnames, h, e, struct map_export, node)
    if (e->obj == obj && strcmp (e->name, name) == 0)
      return true;
  return false;
}

/* Pass 5: put the first symbol of each name in the table instead of the
   last and end the chains; in the old format, give each symbol the
   export flag of the "__ksymtab_" lines.  */
static void
finish_chains (struct klp_symmap *map)
{
  for (size_t slot = 0; slot < map->nslots; slot++)
    {
      struct klp_mapsym *last;
      if (map->slots[slot] == NO_SLOT)
	continue;
      last = &map->syms[map->slots[slot]];
      map->slots[slot] = last->next - 1;
      last->next = 0;
    }

  if (map->nexports)
    for (size_t i = 0; i < map->nsyms; i++)
      {
	struct klp_mapsym *s = &map->syms[i];
	if (has_export_line (map, &map->objs[s->obj]->pub, sym_name (map, s)))
	  s->flags |= SYM_EXPORTED;
      }
}

/* A line of libklp's format: "object<TAB>NAME" or
   "TYPE<TAB>NAME<TAB>EXPORT<TAB>FILE".  Further fields are ignored.  */
static int
parse_libklp_line (struct klp_symmap *map, const struct text *t, char *line,
		   struct map_object **obj)
{
  char *f[5];
  int n;
  size_t len;
  char type;
  bool exported;

  n = split_fields (line, f, 5);
  if (strcmp (f[0], "object") == 0)
    {
      if (n < 2)
	{
	  text_error (t, "truncated line: expected 'object<TAB>NAME'");
	  return -1;
	}
      if (strchr (f[1], '-'))
	{
	  text_error (t, "object name '%s' contains '-' (the kernel knows "
		      "modules by KBUILD_MODNAME, with '_')", f[1]);
	  return -1;
	}
      *obj = start_object (map, t, f[1]);
      return *obj ? 0 : -1;
    }

  if (f[0][0] == '\0' || f[0][1] != '\0')
    {
      text_error (t, "malformed line: expected 'object<TAB>NAME' or "
		  "'TYPE<TAB>NAME<TAB>EXPORT<TAB>FILE'");
      return -1;
    }
  if (n < 4)
    {
      text_error (t, "truncated line: expected 4 TAB-separated fields "
		  "(TYPE, NAME, EXPORT, FILE), found %d", n);
      return -1;
    }
  type = f[0][0];
  if (!((type >= 'a' && type <= 'z') || (type >= 'A' && type <= 'Z')
	|| type == '?'))
    {
      text_error (t, "invalid symbol type '%c'", type);
      return -1;
    }
  if (check_symbol_name (t, f[1], &len) < 0)
    return -1;
  if (f[2][0] == '\0' || f[2][1] != '\0'
      || (f[2][0] != '-' && f[2][0] != 'E' && f[2][0] != 'G'))
    {
      text_error (t, "invalid export flag '%.16s' (expected '-', 'E' or 'G')",
		  f[2]);
      return -1;
    }
  exported = f[2][0] != '-';
  if (f[3][0] == '\0')
    {
      text_error (t, "empty file field (write '-' for an unknown file)");
      return -1;
    }
  if (!*obj)
    {
      text_error (t, "symbol '%.64s' before any object line", f[1]);
      return -1;
    }
  add_symbol (map, *obj, f[1], type, exported,
	      strcmp (f[3], "-") == 0 ? NULL : f[3]);
  return 0;
}

/* A line of the old format: "*OBJECT", "__ksymtab_NAME" or "NAME".  */
static int
parse_klp_convert_line (struct klp_symmap *map, const struct text *t,
			char *line, struct map_object **obj)
{
  size_t len;

  if (line[0] == '*')
    {
      /* The patchset wrote module file names: make them the names the
	 kernel knows (KBUILD_MODNAME).  */
      for (char *p = line + 1; *p; p++)
	if (*p == '-')
	  *p = '_';
      *obj = start_object (map, t, line + 1);
      return *obj ? 0 : -1;
    }
  if (!*obj)
    {
      text_error (t, "symbol '%.64s' before any '*OBJECT' line", line);
      return -1;
    }
  if (strncmp (line, KSYMTAB_PREFIX, strlen (KSYMTAB_PREFIX)) == 0)
    {
      const char *name = line + strlen (KSYMTAB_PREFIX);
      struct map_export *e;

      if (check_symbol_name (t, name, &len) < 0)
	return -1;
      if (map->nexports == map->exports_alloc)
	{
	  size_t n = map->exports_alloc ? 2 * map->exports_alloc : 256;
	  e = klp_xrealloc (map->path, map->exports, n * sizeof *e);
	  if (!e)
	    return -1;
	  map->exports = e;
	  map->exports_alloc = n;
	}
      e = &map->exports[map->nexports++];
      e->name = name;
      e->obj = &(*obj)->pub;
      return 0;
    }
  if (check_symbol_name (t, line, &len) < 0)
    return -1;
  add_symbol (map, *obj, line, '?', false, NULL);
  return 0;
}

/* Pass 2: the first line.  Returns 0 and sets *FORMAT, or -1.  */
static int
parse_header (const struct text *t, const char *line, enum map_format *format)
{
  size_t magic_len = strlen (MAP_MAGIC);

  if (strncmp (line, MAP_MAGIC, magic_len) == 0)
    {
      if (line[magic_len] != '\t')
	{
	  text_error (t, "malformed header: expected '%s<TAB>%s'", MAP_MAGIC,
		      MAP_VERSION);
	  return -1;
	}
      if (strcmp (line + magic_len + 1, MAP_VERSION) != 0)
	{
	  text_error (t, "unsupported %s version '%.32s' (this libklp reads "
		      "version %s)", MAP_MAGIC, line + magic_len + 1,
		      MAP_VERSION);
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
  if (strncmp (line, OLD_MAGIC_PREFIX, strlen (OLD_MAGIC_PREFIX)) == 0)
    {
      text_error (t, "unsupported klp-convert-symbol-data version '%.32s' "
		  "(this libklp reads 0.1)", line + strlen (OLD_MAGIC_PREFIX));
      return -1;
    }
  text_error (t, "not a symbol map: the first line is neither "
	      "'%s<TAB>%s' nor '%s'", MAP_MAGIC, MAP_VERSION, OLD_MAGIC);
  return -1;
}

/* Index the "__ksymtab_NAME" lines of the old format by name.  */
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
  struct text t;
  size_t nlines;
  enum map_format format;
  struct map_object *obj = NULL;
  char *line;
  bool error;

  /* Pass 1.  */
  if (text_init (&t, map->path, map->buf, size, &nlines) < 0)
    return -1;
  if (size >= UINT32_MAX || nlines >= UINT32_MAX)
    {
      klp_error (map->path, "symbol map too large (4 GiB at most)");
      return -1;
    }
  if (nlines > SIZE_MAX / sizeof *map->syms)
    {
      klp_error (map->path, "out of memory");
      return -1;
    }
  map->syms = klp_xmalloc (map->path, nlines * sizeof *map->syms);
  if (!map->syms)
    return -1;
  map->syms_alloc = nlines;

  /* Pass 2.  */
  line = text_next_line (&t, &error);
  if (!line)
    {
      if (!error)
	{
	  t.line = 1;
	  text_error (&t, "empty file: not a symbol map");
	}
      return -1;
    }
  if (parse_header (&t, line, &format) < 0)
    return -1;

  /* Pass 3.  */
  while ((line = text_next_line (&t, &error)))
    {
      int r;

      if (line[0] == '\0')
	continue;
      if (format == MAP_FORMAT_LIBKLP)
	{
	  if (line[0] == '#')
	    continue;
	  r = parse_libklp_line (map, &t, line, &obj);
	}
      else
	r = parse_klp_convert_line (map, &t, line, &obj);
      if (r < 0)
	return -1;
    }
  if (error)
    return -1;

  /* Passes 4 and 5.  */
  if (map->nexports && index_exports (map) < 0)
    return -1;
  if (link_symbols (map) < 0)
    return -1;
  finish_chains (map);
  return 0;
}

/* Take ownership of BUF (SIZE bytes and a NUL) and parse it.  */
static struct klp_symmap *
load_map_buffer (const char *name, char *buf, size_t size)
{
  struct klp_symmap *map;

  map = klp_xcalloc (name, 1, sizeof *map);
  if (!map)
    {
      free (buf);
      return NULL;
    }
  map->buf = buf;
  map->path = klp_xstrdup (name, name);
  if (!map->path || parse_map (map, size) < 0)
    {
      klp_symmap_free (map);
      return NULL;
    }
  return map;
}

struct klp_symmap *
klp_symmap_load (const char *path)
{
  char *buf;
  size_t size;

  if (klp_read_text_file (path, &buf, &size) < 0)
    return NULL;
  return load_map_buffer (path, buf, size);
}

struct klp_symmap *
klp_symmap_load_memory (const char *name, const char *data, size_t size)
{
  char *buf = klp_copy_text (name, data, size);

  if (!buf)
    return NULL;
  return load_map_buffer (name, buf, size);
}

const struct klp_mapsym *
klp_symmap_lookup (const struct klp_symmap *map, const char *name)
{
  return find_first_symbol (map, name);
}

const struct klp_mapsym *
klp_mapsym_next (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  return sym->next ? &map->syms[sym->next - 1] : NULL;
}

const char *
klp_mapsym_name (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  return sym_name (map, sym);
}

const char *
klp_mapsym_object (const struct klp_symmap *map,
		   const struct klp_mapsym *sym)
{
  return map->objs[sym->obj]->pub.name;
}

const char *
klp_mapsym_file (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  const char *p;

  if (!(sym->flags & SYM_HAS_FILE))
    return NULL;
  p = sym_name (map, sym);
  p += strlen (p) + 1;		/* The export field.  */
  return p + strlen (p) + 1;
}

unsigned int
klp_mapsym_pos (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  (void) map;
  return sym->pos;
}

/* Same-named symbols of one object are consecutive in the chain: the
   count is the position of the last of them.  */
unsigned int
klp_mapsym_count (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  const struct klp_mapsym *s = sym, *n;

  while ((n = klp_mapsym_next (map, s)) && n->obj == sym->obj)
    s = n;
  return s->pos;
}

char
klp_mapsym_type (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  (void) map;
  return sym->type;
}

bool
klp_mapsym_exported (const struct klp_symmap *map,
		     const struct klp_mapsym *sym)
{
  (void) map;
  return sym->flags & SYM_EXPORTED;
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
  for (const struct klp_mapsym *s = klp_symmap_lookup (map, name); s;
       s = klp_mapsym_next (map, s))
    if (s->flags & SYM_EXPORTED)
      return true;

  /* The old format may name exports whose symbol it does not list.  */
  if (map->exportnames.buckets)
    {
      struct map_export *e;
      uint64_t h = klp_hash_str (name);

      klp_htab_for_each (&map->exportnames, h, e, struct map_export, node)
	if (strcmp (e->name, name) == 0)
	  return true;
    }
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

/* "drivers/md/dm-mod" -> "dm_mod", in place.  */
static char *
module_object_name (char *module)
{
  char *base = strrchr (module, '/');

  base = base ? base + 1 : module;
  for (char *p = base; *p; p++)
    if (*p == '-')
      *p = '_';
  return base;
}

static int
parse_symvers_line (struct klp_symvers *symvers, const struct text *t,
		    char *line)
{
  char *f[6];
  int n = split_fields (line, f, 6);
  size_t len;
  uint64_t h;
  struct symvers_entry *e;

  if (n < 4 || n > 5)
    {
      text_error (t, "%s line: expected 'CRC<TAB>NAME<TAB>MODULE<TAB>"
		  "EXPORT_TYPE[<TAB>NAMESPACE]'",
		  n < 4 ? "truncated" : "malformed");
      return -1;
    }
  if (!is_valid_crc (f[0]))
    {
      text_error (t, "invalid CRC '%.32s'", f[0]);
      return -1;
    }
  if (check_symbol_name (t, f[1], &len) < 0)
    return -1;
  if (f[2][0] == '\0')
    {
      text_error (t, "empty module name");
      return -1;
    }
  if (strncmp (f[3], "EXPORT_", strlen ("EXPORT_")) != 0)
    {
      text_error (t, "invalid export type '%.32s'", f[3]);
      return -1;
    }

  /* The first line for a name wins; modpost never writes two.  */
  h = klp_hash_mem (f[1], len);
  if (find_symvers_entry (symvers, f[1], h))
    return 0;
  e = &symvers->entries[symvers->nentries++];
  e->name = f[1];
  e->module = module_object_name (f[2]);
  e->is_gpl = strstr (f[3], "_GPL") != NULL;
  klp_htab_add (&symvers->names, h, &e->node);
  return 0;
}

static int
parse_symvers (struct klp_symvers *symvers, size_t size)
{
  struct text t;
  size_t nlines;
  char *line;
  bool error;

  if (text_init (&t, symvers->path, symvers->buf, size, &nlines) < 0)
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
  while ((line = text_next_line (&t, &error)))
    {
      if (line[0] == '\0')
	continue;
      if (parse_symvers_line (symvers, &t, line) < 0)
	return -1;
    }
  return error ? -1 : 0;
}

static struct klp_symvers *
load_symvers_buffer (const char *name, char *buf, size_t size)
{
  struct klp_symvers *symvers;

  symvers = klp_xcalloc (name, 1, sizeof *symvers);
  if (!symvers)
    {
      free (buf);
      return NULL;
    }
  symvers->buf = buf;
  symvers->path = klp_xstrdup (name, name);
  if (!symvers->path || parse_symvers (symvers, size) < 0)
    {
      klp_symvers_free (symvers);
      return NULL;
    }
  return symvers;
}

struct klp_symvers *
klp_symvers_load (const char *path)
{
  char *buf;
  size_t size;

  if (klp_read_text_file (path, &buf, &size) < 0)
    return NULL;
  return load_symvers_buffer (path, buf, size);
}

struct klp_symvers *
klp_symvers_load_memory (const char *name, const char *data, size_t size)
{
  char *buf = klp_copy_text (name, data, size);

  if (!buf)
    return NULL;
  return load_symvers_buffer (name, buf, size);
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
