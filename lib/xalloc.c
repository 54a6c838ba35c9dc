/* Checked allocation, and the test hook that makes it fail.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdarg.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xalloc.h"

/* The number of the allocation that must fail (0: none), read from the
   environment on first use; and how many allocations were made.  Atomic:
   klp-symbols allocates in several threads.  */
static atomic_ullong fail_at = ULLONG_MAX;
static atomic_ullong count;

static unsigned long long
read_fail_at (void)
{
  const char *s = getenv ("KLP_TEST_FAIL_ALLOC");
  unsigned long long n = 0;
  char *end;

  if (s && *s >= '0' && *s <= '9')
    {
      n = strtoull (s, &end, 10);
      if (*end != '\0')
	n = 0;
    }
  return n;
}

bool
klp_alloc_fails (void)
{
  unsigned long long at = atomic_load_explicit (&fail_at,
						memory_order_relaxed);

  if (at == ULLONG_MAX)
    {
      at = read_fail_at ();
      atomic_store (&fail_at, at);
    }
  if (at == 0)
    return false;
  return atomic_fetch_add (&count, 1) + 1 == at;
}

static void *
report (const char *file, void *p)
{
  if (!p)
    klp_error (file, "out of memory");
  return p;
}

void *
klp_xmalloc (const char *file, size_t size)
{
  return report (file, klp_alloc_fails () ? NULL : malloc (size ? size : 1));
}

void *
klp_xcalloc (const char *file, size_t nmemb, size_t size)
{
  return report (file, klp_alloc_fails () ? NULL
		 : calloc (nmemb ? nmemb : 1, size ? size : 1));
}

void *
klp_xrealloc (const char *file, void *ptr, size_t size)
{
  return report (file, klp_alloc_fails () ? NULL
		 : realloc (ptr, size ? size : 1));
}

void *
klp_xreallocarray (const char *file, void *ptr, size_t nmemb, size_t size)
{
  if (size && nmemb > SIZE_MAX / size)
    return report (file, NULL);
  return klp_xrealloc (file, ptr, nmemb * size);
}

char *
klp_xstrdup (const char *file, const char *s)
{
  return report (file, klp_alloc_fails () ? NULL : strdup (s));
}

char *
klp_xstrndup (const char *file, const char *s, size_t n)
{
  return report (file, klp_alloc_fails () ? NULL : strndup (s, n));
}

char *
klp_xasprintf (const char *file, const char *fmt, ...)
{
  char *p = NULL;
  va_list ap;
  int n;

  if (klp_alloc_fails ())
    return report (file, NULL);
  va_start (ap, fmt);
  n = vasprintf (&p, fmt, ap);
  va_end (ap);
  return report (file, n < 0 ? NULL : p);
}
