/* Reading whole text inputs.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "fileio.h"
#include "textfile.h"

/* Read the whole of PATH into a malloc'd, NUL-terminated buffer.  A
   regular file is read into a buffer of its size, with no copy and no
   slack; one whose size is not known (0, like /proc/kallsyms) into a
   buffer that grows.  */
int
klp_read_text_file (const char *path, char **bufp, size_t *sizep)
{
  int fd;
  struct stat st;
  char *buf = NULL;
  size_t len = 0, cap;
  int saved;

  fd = klp_open_input (path, &st);
  if (fd < 0)
    return -1;
  cap = 65536;
  if (st.st_size > 0 && (uintmax_t) st.st_size < SIZE_MAX - 1)
    cap = (size_t) st.st_size + 1;
  buf = klp_xmalloc (path, cap);
  if (!buf)
    goto fail;

  for (;;)
    {
      /* When the buffer is full, read one byte to learn whether this is
	 the end, so that a regular file is never read into a buffer twice
	 its size.  */
      bool full = len == cap - 1;
      char probe;
      ssize_t n = read (fd, full ? &probe : buf + len,
			full ? 1 : cap - 1 - len);

      if (n < 0 && errno == EINTR)
	continue;
      if (n < 0)
	goto read_error;
      if (n == 0)
	break;
      if (full)
	{
	  char *p;

	  if (cap > SIZE_MAX / 2)
	    {
	      errno = EFBIG;
	      goto read_error;
	    }
	  p = klp_xrealloc (path, buf, cap * 2);
	  if (!p)
	    goto fail;
	  buf = p;
	  cap *= 2;
	  buf[len] = probe;
	}
      len += n;
    }
  close (fd);
  buf[len] = '\0';
  *bufp = buf;
  *sizep = len;
  return 0;

read_error:
  saved = errno;
  klp_error (path, "cannot read: %s", strerror (saved));
fail:
  free (buf);
  close (fd);
  return -1;
}

int
klp_load_text (const char *path, bool in_memory, const char *data,
	       size_t size, char **buf, size_t *len)
{
  if (!in_memory)
    return klp_read_text_file (path, buf, len);
  if (size == SIZE_MAX)
    {
      klp_error (path, "out of memory");
      return -1;
    }
  *buf = klp_xmalloc (path, size + 1);
  if (!*buf)
    return -1;
  if (size)
    memcpy (*buf, data, size);
  (*buf)[size] = '\0';
  *len = size;
  return 0;
}

int
klp_lines_init (struct klp_lines *lines, const char *path, char *buf,
		size_t size, size_t *nlines)
{
  const char *nul = memchr (buf, '\0', size);
  const char *p, *end = buf + size;
  size_t n = 0;

  lines->path = path;
  lines->next = buf;
  lines->end = buf + size;
  lines->line = 0;
  for (p = buf; p < end; p++)
    {
      p = memchr (p, '\n', end - p);
      if (!p || (nul && p > nul))
	break;
      n++;
    }
  if (nul)
    {
      klp_error_at (path, n + 1, "NUL byte in line: not a text file");
      return -1;
    }
  if (size && buf[size - 1] != '\n')
    n++;
  if (nlines)
    *nlines = n;
  return 0;
}

char *
klp_lines_next (struct klp_lines *lines, bool *error)
{
  char *line = lines->next;
  char *nl;

  *error = false;
  if (line >= lines->end)
    return NULL;
  lines->line++;
  nl = memchr (line, '\n', lines->end - line);
  if (!nl)
    nl = lines->end;
  lines->next = nl < lines->end ? nl + 1 : nl;
  *nl = '\0';
  if (nl > line && nl[-1] == '\r')
    {
      klp_lines_error (lines, "line ends with a carriage return "
		       "(DOS line endings are not supported)");
      *error = true;
      return NULL;
    }
  return line;
}

void
klp_lines_error (const struct klp_lines *lines, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  klp_verror_at (lines->path, lines->line, fmt, ap);
  va_end (ap);
}
