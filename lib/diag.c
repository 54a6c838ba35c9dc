/* Diagnostics of the libklp core.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libelf.h>

#include "diag.h"

static const char *program = "libklp";
static klp_diag_handler handler;
static void *handler_data;
static bool verbose;
/* Atomic: klp-symbols reads objects in several threads.  */
static atomic_uint error_count;

void
klp_diag_set_program (const char *name)
{
  program = name;
}

const char *
klp_diag_program (void)
{
  return program;
}

void
klp_diag_set_handler (klp_diag_handler h, void *data)
{
  handler = h;
  handler_data = data;
}

void
klp_diag_set_verbose (bool v)
{
  verbose = v;
}

bool
klp_diag_verbose (void)
{
  return verbose;
}

unsigned int
klp_diag_error_count (void)
{
  return error_count;
}

void
klp_diag_reset_counts (void)
{
  error_count = 0;
}

/* The default handler: "PROG: FILE: error: MESSAGE" on stderr.  */
static void
print_to_stderr (enum klp_severity severity, const char *file,
		 const char *message)
{
  static const char *const words[] = {
    [KLP_NOTE] = "", [KLP_WARNING] = "warning: ", [KLP_ERROR] = "error: ",
  };
  fflush (stdout);
  if (file)
    fprintf (stderr, "%s: %s: %s%s\n", program, file, words[severity],
	     message);
  else
    fprintf (stderr, "%s: %s%s\n", program, words[severity], message);
}

void
klp_diag (enum klp_severity severity, const char *file, const char *fmt, ...)
{
  char fallback[1024];
  char *buf = NULL;
  va_list ap;
  int n;

  if (severity == KLP_ERROR)
    error_count++;
  if (severity == KLP_NOTE && !verbose)
    return;

  /* Messages have no length limit (a candidate list can be long); when
     memory is short, say what fits.  */
  va_start (ap, fmt);
  n = vasprintf (&buf, fmt, ap);
  va_end (ap);
  if (n < 0)
    {
      buf = NULL;
      va_start (ap, fmt);
      vsnprintf (fallback, sizeof fallback, fmt, ap);
      va_end (ap);
    }

  if (handler)
    handler (handler_data, severity, file, buf ? buf : fallback);
  else
    print_to_stderr (severity, file, buf ? buf : fallback);
  free (buf);
}

void
klp_error_elf (const char *file, const char *what)
{
  klp_error (file, "%s: %s", what, elf_errmsg (-1));
}

void *
klp_xmalloc (const char *file, size_t size)
{
  void *p = malloc (size ? size : 1);
  if (!p)
    klp_error (file, "out of memory");
  return p;
}

void *
klp_xcalloc (const char *file, size_t nmemb, size_t size)
{
  void *p = calloc (nmemb ? nmemb : 1, size ? size : 1);
  if (!p)
    klp_error (file, "out of memory");
  return p;
}

void *
klp_xrealloc (const char *file, void *ptr, size_t size)
{
  void *p = realloc (ptr, size ? size : 1);
  if (!p)
    klp_error (file, "out of memory");
  return p;
}

char *
klp_xstrdup (const char *file, const char *s)
{
  char *p = strdup (s);
  if (!p)
    klp_error (file, "out of memory");
  return p;
}

char *
klp_xasprintf (const char *file, const char *fmt, ...)
{
  char *p;
  va_list ap;
  int n;

  va_start (ap, fmt);
  n = vasprintf (&p, fmt, ap);
  va_end (ap);
  if (n < 0)
    {
      klp_error (file, "out of memory");
      return NULL;
    }
  return p;
}
