/* Growable text buffers.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "strbuf.h"

int
klp_strbuf_reserve (const char *file, struct klp_strbuf *buf, size_t n)
{
  size_t want;
  char *p;

  if (buf->data && buf->alloc - buf->len > n)
    return 0;
  if (n > SIZE_MAX / 2 - buf->len)
    {
      klp_error (file, "out of memory");
      return -1;
    }
  want = buf->len + n + 1;
  if (want < 2 * buf->alloc)
    want = 2 * buf->alloc;
  p = klp_xrealloc (file, buf->data, want);
  if (!p)
    return -1;
  buf->data = p;
  buf->alloc = want;
  return 0;
}

int
klp_strbuf_append (const char *file, struct klp_strbuf *buf, const char *s,
		   size_t n)
{
  if (klp_strbuf_reserve (file, buf, n) < 0)
    return -1;
  klp_strbuf_put (buf, s, n);
  return 0;
}

int
klp_strbuf_printf (const char *file, struct klp_strbuf *buf,
		   const char *fmt, ...)
{
  va_list ap;
  int n;

  va_start (ap, fmt);
  n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (n < 0)
    {
      klp_error (file, "out of memory");
      return -1;
    }
  if (klp_strbuf_reserve (file, buf, n) < 0)
    return -1;
  va_start (ap, fmt);
  vsnprintf (buf->data + buf->len, (size_t) n + 1, fmt, ap);
  va_end (ap);
  buf->len += n;
  return 0;
}

char *
klp_strbuf_str (const char *file, struct klp_strbuf *buf)
{
  if (klp_strbuf_reserve (file, buf, 0) < 0)
    return NULL;
  buf->data[buf->len] = '\0';
  return buf->data;
}

void
klp_strbuf_free (struct klp_strbuf *buf)
{
  free (buf->data);
  buf->data = NULL;
  buf->len = buf->alloc = 0;
}
