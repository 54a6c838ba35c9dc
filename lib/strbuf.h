/* Growable text buffers.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A 'struct klp_strbuf' owns DATA, of which LEN bytes are used.  Append
   with klp_strbuf_append() and klp_strbuf_printf(), or, where millions
   of small pieces are appended (symbol maps), reserve once and put
   without checks.  klp_strbuf_str() makes the contents a C string.  A
   zeroed struct is an empty buffer.  */

#ifndef KLP_STRBUF_H
#define KLP_STRBUF_H

#include <stddef.h>
#include <string.h>

struct klp_strbuf
{
  char *data;
  size_t len, alloc;
};

/* Make room for N more bytes (and a NUL after them).  0, or -1 after
   reporting an error about FILE.  */
int klp_strbuf_reserve (const char *file, struct klp_strbuf *buf, size_t n);

/* Append N bytes at S, in room already reserved.  */
static inline void
klp_strbuf_put (struct klp_strbuf *buf, const char *s, size_t n)
{
  memcpy (buf->data + buf->len, s, n);
  buf->len += n;
}

static inline void
klp_strbuf_putc (struct klp_strbuf *buf, char c)
{
  buf->data[buf->len++] = c;
}

/* Reserve and append.  0, or -1 after reporting an error about FILE.  */
int klp_strbuf_append (const char *file, struct klp_strbuf *buf,
		       const char *s, size_t n);
int klp_strbuf_printf (const char *file, struct klp_strbuf *buf,
		       const char *fmt, ...)
  __attribute__ ((__format__ (__printf__, 3, 4)));

/* The contents, NUL-terminated ("" for an empty buffer); NULL after
   reporting an error about FILE.  Still owned by BUF.  */
char *klp_strbuf_str (const char *file, struct klp_strbuf *buf);

void klp_strbuf_free (struct klp_strbuf *buf);

#endif /* KLP_STRBUF_H */
