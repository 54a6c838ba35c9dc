/* Diagnostics of the libklp core.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Every message of the core goes through klp_diag(), which hands the
   formatted text to the current handler: by default one line on stderr,
   "PROG: FILE: error: MESSAGE"; inside ld, the linker's message callback.
   The core never exits: it reports once where something fails and
   returns an error status to its caller.  */

#ifndef KLP_DIAG_H
#define KLP_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "xalloc.h"		/* Allocation reports through klp_diag.  */

enum klp_severity
{
  KLP_NOTE,			/* Verbose output and notes.  */
  KLP_WARNING,
  KLP_ERROR
};

/* A handler receives the severity, the file the message is about (may be
   NULL) and the message proper, without trailing newline.  */
typedef void (*klp_diag_handler) (void *data, enum klp_severity severity,
				  const char *file, const char *message);

/* Program name used by the default handler ("klp-convert", ...).  */
void klp_diag_set_program (const char *program);

/* Install HANDLER (NULL restores the default stderr handler).  */
void klp_diag_set_handler (klp_diag_handler handler, void *data);

/* The default handler: "PROG: FILE: error: MESSAGE" on stderr (DATA is
   not used).  */
void klp_diag_print (void *data, enum klp_severity severity,
		     const char *file, const char *message);

/* A handler that drops every message (fuzzers).  */
void klp_diag_drop (void *data, enum klp_severity severity, const char *file,
		    const char *message);

/* Show KLP_NOTE messages only when verbose.  */
void klp_diag_set_verbose (bool verbose);

/* Report a message about FILE (may be NULL).  */
void klp_diag (enum klp_severity severity, const char *file,
	       const char *fmt, ...)
  __attribute__ ((__format__ (__printf__, 3, 4)));

/* Report an error about line LINE of the text file FILE:
   "PROG: FILE:LINE: error: MESSAGE".  */
void klp_error_at (const char *file, size_t line, const char *fmt, ...)
  __attribute__ ((__format__ (__printf__, 3, 4)));
void klp_verror_at (const char *file, size_t line, const char *fmt,
		    va_list ap)
  __attribute__ ((__format__ (__printf__, 3, 0)));

#define klp_error(file, ...) klp_diag (KLP_ERROR, (file), __VA_ARGS__)
#define klp_warn(file, ...) klp_diag (KLP_WARNING, (file), __VA_ARGS__)
#define klp_note(file, ...) klp_diag (KLP_NOTE, (file), __VA_ARGS__)

/* Report the current libelf error about FILE, prefixed by WHAT.  */
void klp_error_elf (const char *file, const char *what);

#endif /* KLP_DIAG_H */
