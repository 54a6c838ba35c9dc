/* Output files, written atomically.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The one way libklp writes a file (a converted module, a symbol map),
   as elfutils' tools do: a new temporary file in the destination's
   directory, named ".BASE.klp-XXXXXX" after the destination BASE; its
   permissions set with fchmod(2); written; closed; and renamed over the
   destination only when everything succeeded.  On failure the temporary
   file is removed.  So the destination is never left partial, is not
   touched when anything fails, and may be one of the inputs (in-place
   conversion).

     struct klp_outfile out;
     if (klp_outfile_open (&out, path, mode, 0) < 0)
       return -1;
     if (write everything to out.fd fails)
       {
	 klp_outfile_discard (&out);
	 return -1;
       }
     return klp_outfile_commit (&out);

   Errors are reported about the destination, naming the temporary file
   where it matters.

   Every writer goes through these three calls, so that what the file
   handling still lacks (issue 9) has one place to go: a destination that
   is not a regular file (written through, or refused) and a symbolic
   link (resolved to its target) decided in klp_outfile_open; temporary
   names kept within NAME_MAX in temp_name; the open temporary files kept
   in a list that a signal handler can unlink; new flags beside
   KLP_OUTFILE_UMASK for the mode and owner of an existing
   destination.  */

#ifndef KLP_OUTFILE_H
#define KLP_OUTFILE_H

#include <sys/types.h>

struct klp_outfile
{
  const char *path;		/* The destination (not owned).  */
  char *tmp;			/* The temporary file; NULL once committed
				   or discarded.  */
  int fd;			/* Open for writing on TMP, or -1.  */
};

/* Flags of klp_outfile_open.  */
enum
{
  /* Apply the process's umask to MODE, as open(2) does for a new file:
     for files a user creates (maps).  Without it the file gets MODE
     exactly (a converted module keeps its input's mode).  */
  KLP_OUTFILE_UMASK = 1 << 0
};

/* Create the temporary file for PATH with permissions MODE.  Refuses a
   PATH that is a directory.  Returns 0, or -1 after reporting an error
   (nothing to discard then).  */
int klp_outfile_open (struct klp_outfile *out, const char *path, mode_t mode,
		      unsigned int flags);

/* Close the temporary file and rename it to the destination.  Returns 0,
   or -1 after reporting an error and discarding the file.  */
int klp_outfile_commit (struct klp_outfile *out);

/* Close and remove the temporary file (nothing after a commit or a
   discard).  */
void klp_outfile_discard (struct klp_outfile *out);

#endif /* KLP_OUTFILE_H */
