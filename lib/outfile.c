/* Output files, written atomically.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <linux/magic.h>

#include "diag.h"
#include "fileio.h"
#include "outfile.h"

/* ------------------------------------------------------------------ */
/* Files removed when a signal ends the process.                      */
/* ------------------------------------------------------------------ */

/* The registered files, in a list that the signal handler walks while
   any thread may be changing it: nodes are only ever added at the head
   (and freed by klp_restore_signals alone), a node is taken with an
   atomic exchange of its USED flag, and its PATH is set and cleared
   atomically.  Once the handler runs, no name is freed any more (it may
   be reading it): the process is ending.  */
struct guard
{
  atomic_bool used;
  char *_Atomic path;		/* Owned; NULL while being set up.  */
  struct guard *next;		/* Fixed once the node is in the list.  */
};

static struct guard *_Atomic guards;
static atomic_bool in_handler;

/* The signals that end a process and that the handler catches.  */
static const int fatal_signals[] = {
  SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGALRM, SIGXCPU, SIGXFSZ
};
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])

/* The dispositions the handler replaced, and whether it did.  Only a
   signal whose disposition is the default, to end the process, gets the
   handler: one that was ignored stays ignored, as GNU programs do, and
   one that has a handler of the process's own (a fuzzer's SIGALRM, a
   linker's SIGINT) stays the process's: the signal may not end it, and
   the files being written must not go.  */
static struct sigaction saved_actions[NFATAL];
static bool installed[NFATAL];
static atomic_bool handlers_installed;

static void
remove_registered (int sig)
{
  int saved_errno = errno;

  atomic_store (&in_handler, true);
  for (struct guard *g = atomic_load (&guards); g; g = g->next)
    {
      char *path = atomic_load (&g->path);
      if (path)
	unlink (path);
    }
  /* Die of the signal (or let the handler it replaced have it): it is
     blocked while this handler runs, and delivered when it returns.  */
  for (size_t i = 0; i < NFATAL; i++)
    if (fatal_signals[i] == sig)
      sigaction (sig, &saved_actions[i], NULL);
  raise (sig);
  errno = saved_errno;
}

static void
install_handlers (void)
{
  struct sigaction sa;

  if (atomic_exchange (&handlers_installed, true))
    return;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = remove_registered;
  sigemptyset (&sa.sa_mask);
  for (size_t i = 0; i < NFATAL; i++)
    sigaddset (&sa.sa_mask, fatal_signals[i]);
  for (size_t i = 0; i < NFATAL; i++)
    {
      struct sigaction old;

      if (sigaction (fatal_signals[i], NULL, &old) != 0
	  || (old.sa_flags & SA_SIGINFO) || old.sa_handler != SIG_DFL)
	continue;
      saved_actions[i] = old;
      installed[i] = sigaction (fatal_signals[i], &sa, NULL) == 0;
    }
}

/* Block the fatal signals in this thread while the list and the file
   system disagree; OLD receives the mask to restore.  */
static void
block_signals (sigset_t *old)
{
  sigset_t set;

  sigemptyset (&set);
  for (size_t i = 0; i < NFATAL; i++)
    sigaddset (&set, fatal_signals[i]);
  pthread_sigmask (SIG_BLOCK, &set, old);
}

static void
unblock_signals (const sigset_t *old)
{
  pthread_sigmask (SIG_SETMASK, old, NULL);
}

int
klp_remove_on_signal (const char *path)
{
  struct guard *g;
  char *copy = klp_xstrdup (path, path);

  if (!copy)
    return -1;
  install_handlers ();
  for (g = atomic_load (&guards); g; g = g->next)
    if (!atomic_exchange (&g->used, true))
      break;
  if (!g)
    {
      g = klp_xcalloc (path, 1, sizeof *g);
      if (!g)
	{
	  free (copy);
	  return -1;
	}
      atomic_init (&g->used, true);
      atomic_init (&g->path, NULL);
      g->next = atomic_load (&guards);
      while (!atomic_compare_exchange_weak (&guards, &g->next, g))
	;
    }
  atomic_store (&g->path, copy);
  return 0;
}

void
klp_keep_on_signal (const char *path)
{
  for (struct guard *g = atomic_load (&guards); g; g = g->next)
    {
      char *p = atomic_load (&g->path);

      if (p && strcmp (p, path) == 0
	  && atomic_compare_exchange_strong (&g->path, &p, NULL))
	{
	  if (!atomic_load (&in_handler))
	    free (p);
	  atomic_store (&g->used, false);
	  return;
	}
    }
}

void
klp_restore_signals (void)
{
  struct guard *g;

  if (!atomic_exchange (&handlers_installed, false))
    return;
  for (size_t i = 0; i < NFATAL; i++)
    if (installed[i])
      {
	sigaction (fatal_signals[i], &saved_actions[i], NULL);
	installed[i] = false;
      }
  g = atomic_exchange (&guards, NULL);
  while (g)
    {
      struct guard *next = g->next;
      free (atomic_load (&g->path));
      free (g);
      g = next;
    }
}

/* ------------------------------------------------------------------ */
/* Names.                                                             */
/* ------------------------------------------------------------------ */

char *
klp_sibling_name (const char *path, const char *prefix, const char *suffix)
{
  const char *slash = strrchr (path, '/');
  size_t dirlen = slash ? (size_t) (slash - path + 1) : 0;
  const char *base = path + dirlen;
  size_t baselen = strlen (base);
  size_t extra = strlen (prefix) + strlen (suffix);
  long name_max = NAME_MAX;
  char *dir;

  /* The directory's own limit, when it says (some file systems allow
     fewer than NAME_MAX bytes).  */
  dir = klp_xasprintf (path, "%.*s", dirlen ? (int) dirlen : 1,
		       dirlen ? path : ".");
  if (!dir)
    return NULL;
  errno = 0;
  name_max = pathconf (dir, _PC_NAME_MAX);
  if (name_max <= 0)
    name_max = NAME_MAX;
  free (dir);
  if (baselen + extra > (size_t) name_max)
    baselen = (size_t) name_max > extra ? (size_t) name_max - extra : 0;
  return klp_xasprintf (path, "%.*s%s%.*s%s", (int) dirlen, path, prefix,
			(int) baselen, base, suffix);
}

static mode_t
current_umask (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return mask;
}

/* ------------------------------------------------------------------ */
/* Opening.                                                           */
/* ------------------------------------------------------------------ */

/* Whether the symbolic link PATH leads, perhaps through other links,
   to a link of /proc (/dev/stdout, /proc/self/fd/1): one that names an
   open file rather than a place, whatever file that is.  */
static bool
leads_through_proc (const char *path)
{
  char cur[PATH_MAX], next[PATH_MAX];

  if (strlen (path) >= sizeof cur)
    return false;
  strcpy (cur, path);
  for (int hops = 0; hops < 40; hops++)
    {
      struct stat st;
      struct statfs fs;
      char *slash = strrchr (cur, '/');
      ssize_t n;

      if (lstat (cur, &st) != 0 || !S_ISLNK (st.st_mode))
	return false;
      /* The directory that holds the link.  */
      if (slash == cur)
	n = statfs ("/", &fs);
      else if (slash)
	{
	  *slash = '\0';
	  n = statfs (cur, &fs);
	  *slash = '/';
	}
      else
	n = statfs (".", &fs);
      if (n == 0 && fs.f_type == PROC_SUPER_MAGIC)
	return true;
      n = readlink (cur, next, sizeof next - 1);
      if (n < 0)
	return false;
      next[n] = '\0';
      if (next[0] == '/' || !slash)
	strcpy (cur, next);
      else if ((size_t) (slash - cur + 1) + n < sizeof cur)
	memcpy (slash + 1, next, n + 1);
      else
	return false;
    }
  return false;
}

/* Prepare to write through to OUT->path, which is not a regular file:
   an anonymous file to write to.  */
static int
open_through (struct klp_outfile *out)
{
  if (access (out->path, W_OK) != 0)
    {
      klp_error (out->path, "cannot open for writing: %s", strerror (errno));
      return -1;
    }
  out->through = true;
  out->fd = memfd_create ("klp-output", MFD_CLOEXEC);
  if (out->fd < 0)
    {
      klp_error (out->path, "cannot create a temporary file: %s",
		 strerror (errno));
      return -1;
    }
  return 0;
}

/* Give the new file FD the permissions and owner of the file ST
   replaces (the owner only where the process may set it; the set-user
   and set-group-ID bits only with it), or, ST NULL, MODE less the
   umask.  */
static int
set_attributes (struct klp_outfile *out, const struct stat *st, mode_t mode)
{
  struct stat now;

  if (!st)
    mode &= ~current_umask ();
  else
    {
      mode = st->st_mode & 07777;
      if (fstat (out->fd, &now) == 0
	  && (now.st_uid != st->st_uid || now.st_gid != st->st_gid)
	  && fchown (out->fd, st->st_uid, st->st_gid) != 0)
	{
	  if (now.st_gid != st->st_gid)
	    (void) !fchown (out->fd, -1, st->st_gid);
	  mode &= ~(mode_t) (S_ISUID | S_ISGID);
	}
    }
  if (fchmod (out->fd, mode) != 0)
    {
      klp_error (out->path, "cannot set the permissions of '%s': %s",
		 out->tmp, strerror (errno));
      return -1;
    }
  return 0;
}

int
klp_outfile_open (struct klp_outfile *out, const char *path, mode_t mode,
		  unsigned int flags)
{
  const char *dest = path;
  struct stat st, *existing = NULL;
  sigset_t old;
  int saved;

  (void) flags;
  out->path = path;
  out->target = NULL;
  out->tmp = NULL;
  out->fd = -1;
  out->through = false;

  if (lstat (path, &st) == 0)
    {
      if (S_ISLNK (st.st_mode) && leads_through_proc (path))
	return open_through (out);
      if (S_ISLNK (st.st_mode))
	{
	  struct stat lst;

	  if (stat (path, &st) != 0)
	    {
	      if (errno == ENOENT)
		klp_error (path, "cannot write: dangling symbolic link");
	      else
		klp_error (path, "cannot follow the symbolic link: %s",
			   strerror (errno));
	      return -1;
	    }
	  if (S_ISREG (st.st_mode))
	    {
	      /* The file it leads to, checked to be the same (a link of
		 /proc/self/fd may name a file that no longer has that
		 name: it is written through).  */
	      out->target = realpath (path, NULL);
	      if (!out->target && errno == ENOMEM)
		{
		  klp_error (path, "out of memory");
		  return -1;
		}
	      if (out->target && lstat (out->target, &lst) == 0
		  && lst.st_dev == st.st_dev && lst.st_ino == st.st_ino)
		dest = out->target;
	      else
		{
		  free (out->target);
		  out->target = NULL;
		  return open_through (out);
		}
	    }
	}
      if (S_ISDIR (st.st_mode))
	{
	  klp_error (path, "cannot write: is a directory");
	  return -1;
	}
      if (!S_ISREG (st.st_mode))
	return open_through (out);
      existing = &st;
    }

  out->tmp = klp_sibling_name (dest, ".", ".klp-XXXXXX.tmp");
  if (!out->tmp)
    {
      free (out->target);
      out->target = NULL;
      return -1;
    }
  block_signals (&old);
  out->fd = mkostemps (out->tmp, 4, O_CLOEXEC);
  saved = errno;
  if (out->fd >= 0 && klp_remove_on_signal (out->tmp) != 0)
    {
      unlink (out->tmp);
      close (out->fd);
      out->fd = -1;
      saved = 0;
    }
  unblock_signals (&old);
  if (out->fd < 0)
    {
      const char *slash = strrchr (dest, '/');

      if (saved)
	klp_error (path, "cannot create a temporary file in '%.*s': %s",
		   slash ? (slash == dest ? 1 : (int) (slash - dest)) : 1,
		   slash ? dest : ".", strerror (saved));
      free (out->tmp);
      out->tmp = NULL;
      free (out->target);
      out->target = NULL;
      return -1;
    }
  if (set_attributes (out, existing, mode) != 0)
    {
      klp_outfile_discard (out);
      return -1;
    }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Committing.                                                        */
/* ------------------------------------------------------------------ */

/* The test hook (outfile.h).  */
static void
maybe_stop (const struct klp_outfile *out)
{
  const char *at = getenv ("KLP_TEST_STOP_AT_COMMIT");

  if (at && strcmp (at, out->path) == 0)
    raise (SIGSTOP);
}

/* Copy the anonymous file of OUT into OUT->path.  */
static int
write_through (struct klp_outfile *out)
{
  char buf[65536];
  off_t offset = 0;
  int dst = open (out->path, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);

  if (dst < 0)
    {
      klp_error (out->path, "cannot open for writing: %s", strerror (errno));
      return -1;
    }
  for (;;)
    {
      ssize_t n = klp_pread_full (out->fd, buf, sizeof buf, offset);

      if (n < 0)
	{
	  klp_error (out->path, "cannot read the temporary file: %s",
		     strerror (errno));
	  close (dst);
	  return -1;
	}
      if (n == 0)
	break;
      if (klp_write_full (dst, buf, n) != 0)
	{
	  klp_error (out->path, "cannot write: %s", strerror (errno));
	  close (dst);
	  return -1;
	}
      offset += n;
    }
  if (close (dst) != 0)
    {
      klp_error (out->path, "cannot write: %s", strerror (errno));
      return -1;
    }
  return 0;
}

int
klp_outfile_commit (struct klp_outfile *out)
{
  const char *dest = out->target ? out->target : out->path;
  sigset_t old;
  int fd = out->fd;

  maybe_stop (out);
  if (out->through)
    {
      int ret = write_through (out);
      klp_outfile_discard (out);
      return ret;
    }
  out->fd = -1;
  if (close (fd) != 0)
    {
      klp_error (out->path, "cannot write '%s': %s", out->tmp,
		 strerror (errno));
      klp_outfile_discard (out);
      return -1;
    }
  block_signals (&old);
  if (rename (out->tmp, dest) != 0)
    {
      int saved = errno;

      unblock_signals (&old);
      klp_error (out->path, "cannot rename '%s' to it: %s", out->tmp,
		 strerror (saved));
      klp_outfile_discard (out);
      return -1;
    }
  klp_keep_on_signal (out->tmp);
  unblock_signals (&old);
  free (out->tmp);
  out->tmp = NULL;
  free (out->target);
  out->target = NULL;
  return 0;
}

void
klp_outfile_discard (struct klp_outfile *out)
{
  sigset_t old;

  if (out->fd >= 0)
    close (out->fd);
  out->fd = -1;
  if (out->tmp)
    {
      block_signals (&old);
      unlink (out->tmp);
      klp_keep_on_signal (out->tmp);
      unblock_signals (&old);
      free (out->tmp);
      out->tmp = NULL;
    }
  free (out->target);
  out->target = NULL;
}
