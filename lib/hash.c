/* Small intrusive hash tables.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdlib.h>

#include "hash.h"
#include "xalloc.h"

uint64_t
klp_hash_str (const char *s)
{
  uint64_t h = 0xcbf29ce484222325ULL;
  for (; *s; s++)
    {
      h ^= (unsigned char) *s;
      h *= 0x100000001b3ULL;
    }
  return h;
}

uint64_t
klp_hash_mem (const void *p, size_t len)
{
  const unsigned char *b = p;
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < len; i++)
    {
      h ^= b[i];
      h *= 0x100000001b3ULL;
    }
  return h;
}

int
klp_htab_init (struct klp_htab *tab, size_t nentries)
{
  size_t n = 16;
  while (n < nentries + nentries / 2)
    n <<= 1;
  tab->buckets = (klp_alloc_fails () ? NULL
		  : calloc (n, sizeof *tab->buckets));
  if (!tab->buckets)
    {
      tab->mask = 0;
      return -1;
    }
  tab->mask = n - 1;
  return 0;
}

void
klp_htab_free (struct klp_htab *tab)
{
  free (tab->buckets);
  tab->buckets = NULL;
  tab->mask = 0;
}
