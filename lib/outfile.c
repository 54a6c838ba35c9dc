/* Output files, written atomically.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "outfile.h"

/* "DIR/.BASE.klp-XXXXXX" for the destination PATH ("DIR/BASE").  */
static char *
temp_name (const char *path)
{
  const char *slash = strrchr (path, '/');
  size_t dirlen = slash ? (size_t) (slash - path + 1) : 0;

  return klp_xasprintf (path, "%.*s.%s.klp-XXXXXX", (int) dirlen, path,
			path + dirlen);
}

static mode_t
current_umask (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return mask;
}

int
klp_outfile_open (struct klp_outfile *out, const char *path, mode_t mode,
		  unsigned int flags)
{
  struct stat st;

  out->path = path;
  out->fd = -1;
  out->tmp = NULL;
  if (stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      klp_error (path, "cannot write: is a directory");
      return -1;
    }
  out->tmp = temp_name (path);
  if (!out->tmp)
    return -1;
  out->fd = mkostemp (out->tmp, O_CLOEXEC);
  if (out->fd < 0)
    {
      const char *slash = strrchr (path, '/');
      int saved = errno;

      klp_error (path, "cannot create a temporary file in '%.*s': %s",
		 slash ? (int) (slash - path) : 1, slash ? path : ".",
		 strerror (saved));
      free (out->tmp);
      out->tmp = NULL;
      return -1;
    }
  if (flags & KLP_OUTFILE_UMASK)
    mode &= ~current_umask ();
  if (fchmod (out->fd, mode) != 0)
    {
      klp_error (path, "cannot set the permissions of '%s': %s", out->tmp,
		 strerror (errno));
      klp_outfile_discard (out);
      return -1;
    }
  return 0;
}

int
klp_outfile_commit (struct klp_outfile *out)
{
  int fd = out->fd;

  out->fd = -1;
  if (close (fd) != 0)
    {
      klp_error (out->path, "cannot write '%s': %s", out->tmp,
		 strerror (errno));
      klp_outfile_discard (out);
      return -1;
    }
  if (rename (out->tmp, out->path) != 0)
    {
      klp_error (out->path, "cannot rename '%s' to it: %s", out->tmp,
		 strerror (errno));
      klp_outfile_discard (out);
      return -1;
    }
  free (out->tmp);
  out->tmp = NULL;
  return 0;
}

void
klp_outfile_discard (struct klp_outfile *out)
{
  if (out->fd >= 0)
    close (out->fd);
  out->fd = -1;
  if (out->tmp)
    {
      unlink (out->tmp);
      free (out->tmp);
      out->tmp = NULL;
    }
}
