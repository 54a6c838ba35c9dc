/* Checked allocation, and the test hook that makes it fail.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Every allocation of libklp goes through these functions (or, for
   allocators that report nothing themselves, asks klp_alloc_fails()
   first), so that a failure is reported once, as "FILE: error: out of
   memory", and returned to the caller as NULL: the core never aborts
   and never takes a failed allocation for success.  Only the
   diagnostics themselves (lib/diag.c, klp-symbols' message queue)
   allocate directly, and fall back to what fits when memory is short.

   The test hook: when the environment variable KLP_TEST_FAIL_ALLOC holds
   a number N >= 1, the Nth checked allocation of the process fails as
   if memory were exhausted, and every other one succeeds.  The
   testsuite runs each tool with N = 1, 2, ... until a run succeeds, and
   requires each failing run to exit with status 1 and one error, and to
   leave no file behind (testsuite/lib/alloc-fail.exp).  Reading the
   variable costs one getenv() per process; counting, one atomic add per
   allocation.  It is compiled in always, so that the test runs against
   the very binaries that are installed; nothing but the testsuite sets
   it.  */

#ifndef KLP_XALLOC_H
#define KLP_XALLOC_H

#include <stdbool.h>
#include <stddef.h>

/* Allocation that reports failure (once, about FILE, which may be NULL)
   and returns NULL.  A size of 0 allocates 1 byte.  */
void *klp_xmalloc (const char *file, size_t size);
void *klp_xcalloc (const char *file, size_t nmemb, size_t size);
void *klp_xrealloc (const char *file, void *ptr, size_t size);
/* NMEMB elements of SIZE bytes, refusing a product that overflows.  */
void *klp_xreallocarray (const char *file, void *ptr, size_t nmemb,
			 size_t size);
char *klp_xstrdup (const char *file, const char *s);
/* The first N bytes of S (fewer if S ends before), NUL-terminated.  */
char *klp_xstrndup (const char *file, const char *s, size_t n);
/* Formatted allocation (asprintf).  */
char *klp_xasprintf (const char *file, const char *fmt, ...)
  __attribute__ ((__format__ (__printf__, 2, 3)));

/* Whether the allocation about to be made must fail (the test hook
   above); counts it.  For allocators that report failure their own way
   (klp_htab_init): they call this and fail without allocating when it
   says so.  */
bool klp_alloc_fails (void);

#endif /* KLP_XALLOC_H */
