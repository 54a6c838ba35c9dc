/* Output files, written atomically.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The one way libklp writes a file (a converted module, a symbol map),
   as elfutils' tools do: a new temporary file in the destination's
   directory; written; closed; and renamed over the destination only
   when everything succeeded.  On failure the temporary file is removed.
   So the destination is never left partial, is not touched when
   anything fails, and may be one of the inputs (in-place conversion).

     struct klp_outfile out;
     if (klp_outfile_open (&out, path, mode, 0) < 0)
       return -1;
     if (write everything to out.fd fails)
       {
	 klp_outfile_discard (&out);
	 return -1;
       }
     return klp_outfile_commit (&out);

   What the destination PATH is decides the rest (klp-convert(1) and
   klp-symbols(1) say it for users, under FILES):

   - It does not exist: the file is created with MODE less the umask, as
     open(2) would create it.
   - A regular file: it is replaced by a new file (a new inode: other
     hard links to it keep the old contents, as with 'sed -i'), which
     keeps its permissions and, where the process may set them (root),
     its owner and group.
   - A symbolic link: it is followed (realpath(3)) and what it leads to
     is replaced, as above; the link stays a link.  A dangling link is
     an error.
   - Not a regular file (a character device like /dev/null, a FIFO, a
     symbolic link to one, /proc/self/fd/1): it is never replaced.  The
     output is made in an anonymous temporary file (memfd_create(2): no
     name in the file system, nothing to remove) and, once complete,
     written through: PATH opened for writing, as 'cat > PATH' would,
     and the output copied into it.
   - A directory: an error.

   The temporary file of a regular destination DIR/BASE is named
   "DIR/.BASE.klp-XXXXXX" (six random characters), with BASE cut short
   when the name would exceed the directory's NAME_MAX, so that any
   valid destination name works: the pattern ".*.klp-??????" finds what
   a killed run (SIGKILL, a crash) could not remove.  While it exists,
   the signals that end a process (SIGHUP, SIGINT, SIGQUIT, SIGPIPE,
   SIGTERM, SIGALRM, SIGXCPU, SIGXFSZ) remove it before the process
   dies: the first klp_outfile_open of a process installs a handler for
   each of them whose disposition is the default (not ignored, and no
   handler of the process's own), which unlinks every file registered
   with klp_remove_on_signal (the temporary files are) and then raises
   the signal again with the disposition it replaced.  Other files may
   be registered (the plugin registers ld's output while a conversion is
   pending) and forgotten again.

   Errors are reported about the destination, naming the temporary file
   where it matters.

   The test hook: when the environment variable KLP_TEST_STOP_AT_COMMIT
   names the destination of a klp_outfile_commit, the process stops
   itself (SIGSTOP) there, the output complete in its temporary file,
   before the rename: the testsuite sends it signals at that point.
   Nothing but the testsuite sets it.  */

#ifndef KLP_OUTFILE_H
#define KLP_OUTFILE_H

#include <stdbool.h>
#include <sys/types.h>

struct klp_outfile
{
  const char *path;		/* The destination as given (not owned).  */
  char *target;			/* What a symbolic link PATH leads to, or
				   NULL.  */
  char *tmp;			/* The named temporary file; NULL once
				   committed or discarded, and when writing
				   through.  */
  int fd;			/* Open for writing on the temporary file,
				   or -1.  */
  bool through;			/* PATH is not a regular file: FD is an
				   anonymous file, copied into PATH by the
				   commit.  */
};

/* Create the temporary file for PATH, for a new file of permissions MODE
   (less the umask); FLAGS must be 0.  Returns 0, or -1 after reporting
   an error (nothing to discard then).  */
int klp_outfile_open (struct klp_outfile *out, const char *path, mode_t mode,
		      unsigned int flags);

/* Close the temporary file and rename it to the destination (or copy it
   into a destination that is not a regular file).  Returns 0, or -1
   after reporting an error and discarding the file.  */
int klp_outfile_commit (struct klp_outfile *out);

/* Close and remove the temporary file (nothing after a commit or a
   discard).  */
void klp_outfile_discard (struct klp_outfile *out);

/* The name "DIR/PREFIXBASESUFFIX" for the file "DIR/BASE", with BASE cut
   short so that the name fits in DIR's NAME_MAX (SUFFIX and PREFIX are
   short): malloc'd, or NULL after reporting an error about PATH.  */
char *klp_sibling_name (const char *path, const char *prefix,
			const char *suffix);

/* Remove PATH when a signal ends the process (see above), until
   klp_keep_on_signal (PATH).  Installs the handlers on first use.
   Returns 0, or -1 after reporting an error.  */
int klp_remove_on_signal (const char *path);

/* Forget PATH, registered with klp_remove_on_signal.  */
void klp_keep_on_signal (const char *path);

/* Give the signals back the dispositions the handlers replaced, and
   forget every registered file: for a library that is about to be
   unloaded (the ld plugin, at its cleanup).  */
void klp_restore_signals (void);

#endif /* KLP_OUTFILE_H */
