/* Writing symbol maps.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   An object's chunk is formatted in two passes: the first checks every
   name and counts the bytes, the second fills a buffer of exactly that
   size (no printf: a map of a distribution kernel has millions of
   lines).  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <klp/abi.h>
#include "diag.h"
#include "fileio.h"
#include "hash.h"
#include "mapwrite.h"
#include "outfile.h"
#include "rules.h"
#include "symmap.h"

#define MAP_HEADER "klp-symbols-map\t1\n"
#define PATCHSET_HEADER "klp-convert-symbol-data.0.1\n"

int
klp_mapwrite_header (const char *path, enum klp_map_format format,
		     struct klp_strbuf *out)
{
  const char *header = (format == KLP_MAP_FORMAT_LIBKLP ? MAP_HEADER
			: PATCHSET_HEADER);

  return klp_strbuf_append (path, out, header, strlen (header));
}

/* The length of NAME if a map can carry it, else 0.  */
static size_t
usable_name_length (const char *name)
{
  return klp_is_map_symname (name) ? strlen (name) : 0;
}

static bool
is_type_letter (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '?';
}

/* The length of each name of OBJ that a map can carry, 0 for those it
   leaves out, in a malloc'd array; their number in *NSKIPPED.  NULL
   after an error.  */
static size_t *
measure_names (const struct klp_objsyms *obj, size_t *nskipped)
{
  size_t *lens = klp_xcalloc (obj->path, obj->nsyms, sizeof *lens);

  if (!lens)
    return NULL;
  *nskipped = 0;
  for (size_t i = 0; i < obj->nsyms; i++)
    {
      lens[i] = usable_name_length (obj->syms[i].name);
      *nskipped += lens[i] == 0;
    }
  return lens;
}

/* libklp's format: "object<TAB>NAME", then
   "TYPE<TAB>NAME<TAB>EXPORT<TAB>FILE" per symbol.  */
static int
write_libklp (const struct klp_objsyms *obj, struct klp_strbuf *out,
	      size_t *nskipped)
{
  size_t size, *lens;
  size_t objlen = strlen (obj->name);

  lens = measure_names (obj, nskipped);
  if (!lens)
    return -1;
  size = strlen ("object\t\n") + objlen;
  for (size_t i = 0; i < obj->nsyms; i++)
    if (lens[i])
      size += (lens[i] + (obj->syms[i].file ? strlen (obj->syms[i].file) : 1)
	       + 6);
  if (klp_strbuf_reserve (obj->path, out, size) < 0)
    {
      free (lens);
      return -1;
    }
  klp_strbuf_put (out, "object\t", 7);
  klp_strbuf_put (out, obj->name, objlen);
  klp_strbuf_putc (out, '\n');
  for (size_t i = 0; i < obj->nsyms; i++)
    {
      const struct klp_objsym *s = &obj->syms[i];

      if (!lens[i])
	continue;
      klp_strbuf_putc (out, is_type_letter (s->type) ? s->type : '?');
      klp_strbuf_putc (out, '\t');
      klp_strbuf_put (out, s->name, lens[i]);
      klp_strbuf_putc (out, '\t');
      klp_strbuf_putc (out, (s->export == 'E' || s->export == 'G'
			     ? s->export : '-'));
      klp_strbuf_putc (out, '\t');
      if (s->file)
	klp_strbuf_put (out, s->file, strlen (s->file));
      else
	klp_strbuf_putc (out, '-');
      klp_strbuf_putc (out, '\n');
    }
  free (lens);
  return 0;
}

/* An exported name already written as "__ksymtab_NAME".  */
struct marker
{
  struct klp_hnode node;
  const char *name;
};

/* Whether NAME is in TAB; if not, add it with the node M.  */
static bool
is_marked (struct klp_htab *tab, struct marker *m, const char *name)
{
  uint64_t h = klp_hash_str (name);
  struct marker *e;

  klp_htab_for_each (tab, h, e, struct marker, node)
    if (strcmp (e->name, name) == 0)
      return true;
  m->name = name;
  klp_htab_add (tab, h, &m->node);
  return false;
}

/* The patchset's format: "*NAME", then one symbol name per line, and
   "__ksymtab_NAME" once for each name the object exports.  Its readers
   take every "__ksymtab_" line for an export marker, so the object's
   own __ksymtab_ symbols are written as markers only.  */
static int
write_patchset (const struct klp_objsyms *obj, struct klp_strbuf *out,
		size_t *nskipped)
{
  struct klp_htab tab = { 0 };
  struct marker *markers = NULL;
  size_t nmarkers = 0, size, *lens;
  size_t objlen = strlen (obj->name);
  size_t prefixlen = strlen (KLP_KSYMTAB_PREFIX);
  int ret = -1;

  lens = measure_names (obj, nskipped);
  if (!lens)
    goto out;
  markers = klp_xcalloc (obj->path, obj->nsyms, sizeof *markers);
  if (!markers)
    goto out;
  if (klp_htab_init (&tab, obj->nsyms / 8 + 16) < 0)
    {
      klp_error (obj->path, "out of memory");
      goto out;
    }
  size = objlen + 2;
  for (size_t i = 0; i < obj->nsyms; i++)
    {
      const struct klp_objsym *s = &obj->syms[i];

      if (!lens[i])
	continue;
      if (!klp_find_exported_name (s->name))
	size += lens[i] + 1;
      if ((s->export == 'E' || s->export == 'G')
	  && !is_marked (&tab, &markers[nmarkers], s->name))
	{
	  nmarkers++;
	  size += prefixlen + lens[i] + 1;
	}
    }
  if (klp_strbuf_reserve (obj->path, out, size) < 0)
    goto out;
  klp_strbuf_putc (out, '*');
  klp_strbuf_put (out, obj->name, objlen);
  klp_strbuf_putc (out, '\n');
  for (size_t i = 0; i < obj->nsyms; i++)
    if (lens[i] && !klp_find_exported_name (obj->syms[i].name))
      {
	klp_strbuf_put (out, obj->syms[i].name, lens[i]);
	klp_strbuf_putc (out, '\n');
      }
  for (size_t i = 0; i < nmarkers; i++)
    {
      klp_strbuf_put (out, KLP_KSYMTAB_PREFIX, prefixlen);
      klp_strbuf_put (out, markers[i].name, strlen (markers[i].name));
      klp_strbuf_putc (out, '\n');
    }
  ret = 0;

out:
  klp_htab_free (&tab);
  free (markers);
  free (lens);
  return ret;
}

int
klp_mapwrite_object (enum klp_map_format format,
		     const struct klp_objsyms *obj, struct klp_strbuf *out,
		     size_t *nskipped)
{
  if (format == KLP_MAP_FORMAT_LIBKLP)
    return write_libklp (obj, out, nskipped);
  return write_patchset (obj, out, nskipped);
}

/* ------------------------------------------------------------------ */
/* The output file.                                                   */
/* ------------------------------------------------------------------ */

static int
write_chunks (int fd, const struct klp_strbuf *chunks, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (klp_write_full (fd, chunks[i].data, chunks[i].len) < 0)
      return -1;
  return 0;
}

int
klp_mapwrite_file (const char *path, const struct klp_strbuf *chunks,
		   size_t n)
{
  struct klp_outfile out;

  if (!path || strcmp (path, "-") == 0)
    {
      if (write_chunks (STDOUT_FILENO, chunks, n) < 0)
	{
	  klp_error (NULL, "write error on standard output: %s",
		     strerror (errno));
	  return -1;
	}
      return 0;
    }
  if (klp_outfile_open (&out, path, 0666, 0) < 0)
    return -1;
  if (write_chunks (out.fd, chunks, n) < 0)
    {
      klp_error (path, "cannot write '%s': %s", out.tmp, strerror (errno));
      klp_outfile_discard (&out);
      return -1;
    }
  return klp_outfile_commit (&out);
}
