/* Small intrusive hash tables keyed by string or by number.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Entries embed a 'struct klp_hnode'; a table is an array of bucket heads
   whose size is a power of two fixed at creation (sized from the number
   of entries, so lookups stay O(1) on average).  The table never owns the
   entries.  Iteration order within a bucket is insertion order reversed;
   nothing in libklp's output depends on it.  */

#ifndef KLP_HASH_H
#define KLP_HASH_H

#include <stddef.h>
#include <stdint.h>

struct klp_hnode
{
  struct klp_hnode *next;
};

struct klp_htab
{
  struct klp_hnode **buckets;
  size_t mask;			/* Bucket count minus one.  */
};

/* FNV-1a, 64 bits, over a NUL-terminated string or a byte range.  */
uint64_t klp_hash_str (const char *s);
uint64_t klp_hash_mem (const void *p, size_t len);
static inline uint64_t
klp_hash_u64 (uint64_t x)
{
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}

/* Create a table for about NENTRIES entries; -1 on allocation failure.  */
int klp_htab_init (struct klp_htab *tab, size_t nentries);
void klp_htab_free (struct klp_htab *tab);

static inline struct klp_hnode **
klp_htab_bucket (const struct klp_htab *tab, uint64_t hash)
{
  return &tab->buckets[hash & tab->mask];
}

static inline void
klp_htab_add (struct klp_htab *tab, uint64_t hash, struct klp_hnode *node)
{
  struct klp_hnode **head = klp_htab_bucket (tab, hash);
  node->next = *head;
  *head = node;
}

#define klp_container_of(ptr, type, member) \
  ((type *) ((char *) (ptr) - offsetof (type, member)))

/* Iterate VAR (a TYPE *) over the bucket of HASH in TAB, where MEMBER is
   the embedded klp_hnode.  The caller compares keys.  */
#define klp_htab_for_each(tab, hash, var, type, member)			\
  for (struct klp_hnode *__n = *klp_htab_bucket ((tab), (hash));	\
       __n && ((var) = klp_container_of (__n, type, member), 1);	\
       __n = __n->next)

#endif /* KLP_HASH_H */
