/* Reading and writing whole buffers through file descriptors.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
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

const char *
klp_file_type_name (mode_t mode)
{
  if (S_ISREG (mode))
    return "a regular file";
  if (S_ISDIR (mode))
    return "a directory";
  if (S_ISFIFO (mode))
    return "a FIFO";
  if (S_ISCHR (mode))
    return "a character device";
  if (S_ISBLK (mode))
    return "a block device";
  if (S_ISSOCK (mode))
    return "a socket";
  if (S_ISLNK (mode))
    return "a symbolic link";
  return "of an unknown type";
}

int
klp_open_input (const char *path, struct stat *stp)
{
  struct stat st;
  int fd;

  /* A device is refused before it is opened (opening some has effects);
     what the path names may change in between, hence fstat after.  */
  if (stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    goto not_regular;
  fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0)
    {
      klp_error (path, "cannot open: %s", strerror (errno));
      return -1;
    }
  if (fstat (fd, &st) != 0)
    {
      klp_error (path, "cannot read: %s", strerror (errno));
      close (fd);
      return -1;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      goto not_regular;
    }
  if (stp)
    *stp = st;
  return fd;

not_regular:
  if (S_ISDIR (st.st_mode))
    klp_error (path, "is a directory");
  else
    klp_error (path, "is not a regular file (%s)",
	       klp_file_type_name (st.st_mode));
  return -1;
}
