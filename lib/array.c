/* Growable arrays.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdint.h>

#include "array.h"
#include "diag.h"

/* The smallest array allocated: small lists grow a few times at most.  */
#define MIN_ELEMENTS 8

void *
klp_array_grow (const char *file, void *v, size_t *alloc, size_t want,
		size_t size)
{
  size_t n = *alloc < MIN_ELEMENTS ? MIN_ELEMENTS : *alloc;
  void *p;

  while (n < want)
    n = n > SIZE_MAX / 2 ? want : 2 * n;
  p = klp_xreallocarray (file, v, n, size);
  if (p)
    *alloc = n;
  return p;
}
