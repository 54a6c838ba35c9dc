/* Reading and writing whole buffers through file descriptors.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <errno.h>
#include <unistd.h>

#include "fileio.h"

ssize_t
klp_pread_full (int fd, void *buf, size_t size, off_t offset)
{
  unsigned char *p = buf;
  size_t done = 0;

  while (done < size)
    {
      ssize_t n = pread (fd, p + done, size - done, offset + (off_t) done);

      if (n < 0 && errno == EINTR)
	continue;
      if (n < 0)
	return -1;
      if (n == 0)
	break;
      done += n;
    }
  return (ssize_t) done;
}

int
klp_write_full (int fd, const void *buf, size_t size)
{
  const unsigned char *p = buf;

  while (size)
    {
      ssize_t n = write (fd, p, size);

      if (n < 0 && errno == EINTR)
	continue;
      if (n < 0)
	return -1;
      p += n;
      size -= n;
    }
  return 0;
}
