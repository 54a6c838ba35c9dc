/* Diagnostics of the libklp core.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libelf.h>

#include "diag.h"

static const char *program = "libklp";
static klp_diag_handler handler;
static void *handler_data;
static bool verbose;

void
klp_diag_set_program (const char *name)
{
  program = name;
}

void
klp_diag_set_handler (klp_diag_handler h, void *data)
{
  handler = h;
  handler_data = data;
}

void
klp_diag_drop (void *data, enum klp_severity severity, const char *file,
	       const char *message)
{
  (void) data, (void) severity, (void) file, (void) message;
}

void
klp_diag_set_verbose (bool v)
{
  verbose = v;
}

void
klp_diag_print (void *data, enum klp_severity severity, const char *file,
		const char *message)
{
  static const char *const words[] = {
    [KLP_NOTE] = "", [KLP_WARNING] = "warning: ", [KLP_ERROR] = "error: ",
  };

  (void) data;
  fflush (stdout);
  if (file)
    fprintf (stderr, "%s: %s: %s%s\n", program, file, words[severity],
	     message);
  else
    fprintf (stderr, "%s: %s%s\n", program, words[severity], message);
}

static void
vdiag (enum klp_severity severity, const char *file, const char *fmt,
	   va_list ap)
{
  char fallback[1024];
  char *buf = NULL;
  va_list copy;
  int n;

  if (severity == KLP_NOTE && !verbose)
    return;

  /* Messages have no length limit (a candidate list can be long); when
     memory is short, say what fits.  */
  va_copy (copy, ap);
  n = vasprintf (&buf, fmt, copy);
  va_end (copy);
  if (n < 0)
    {
      buf = NULL;
      vsnprintf (fallback, sizeof fallback, fmt, ap);
    }

  if (handler)
    handler (handler_data, severity, file, buf ? buf : fallback);
  else
    klp_diag_print (NULL, severity, file, buf ? buf : fallback);
  free (buf);
}

void
klp_diag (enum klp_severity severity, const char *file, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  vdiag (severity, file, fmt, ap);
  va_end (ap);
}

void
klp_verror_at (const char *file, size_t line, const char *fmt, va_list ap)
{
  char where[PATH_MAX + 32];

  snprintf (where, sizeof where, "%s:%zu", file, line);
  vdiag (KLP_ERROR, where, fmt, ap);
}

void
klp_error_at (const char *file, size_t line, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  klp_verror_at (file, line, fmt, ap);
  va_end (ap);
}

void
klp_error_elf (const char *file, const char *what)
{
  klp_error (file, "%s: %s", what, elf_errmsg (-1));
}
