/* Small string predicates.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#ifndef KLP_STRUTIL_H
#define KLP_STRUTIL_H

#include <stdbool.h>
#include <string.h>

/* Whether S starts with PREFIX.  */
static inline bool
klp_has_prefix (const char *s, const char *prefix)
{
  return strncmp (s, prefix, strlen (prefix)) == 0;
}

/* Whether S ends with SUFFIX.  */
static inline bool
klp_has_suffix (const char *s, const char *suffix)
{
  size_t ls = strlen (s), lx = strlen (suffix);

  return ls >= lx && memcmp (s + ls - lx, suffix, lx) == 0;
}

/* Whether C is white space in the C locale (what separates the fields
   of the kernel's text files).  */
static inline bool
klp_is_space (char c)
{
  return c == ' ' || (c >= '\t' && c <= '\r');
}

#endif /* KLP_STRUTIL_H */
