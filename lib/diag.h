/* Diagnostics of the libklp core.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Every message of the core goes through klp_diag(), which hands the
   formatted text to the current handler: by default one line on stderr,
   "PROG: FILE: error: MESSAGE"; inside ld, the linker's message callback.
   The core never exits: it reports once where something fails and
   returns an error status to its caller.

   Strings from inputs (symbol, section and object names, paths, lines
   of text files) may hold any byte, and be long: every message shows
   each string argument ('%s', '%.*s') as binutils' tools do, its bytes
   that are not printable (control characters such as ESC, bytes that
   are not UTF-8, C1 controls) as \ooo (ESC as \033), a backslash as \\,
   and at most KLP_DIAG_MAX_STRING bytes of it, then "...".  The FILE of
   a message is shown the same way, at any length.  Text that the code
   formatted itself from such strings, already shown so (a list of
   candidates, one per line), goes through '%-s', as it is.  */

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

/* The most bytes of a string argument that a message shows.  */
#define KLP_DIAG_MAX_STRING 200

/* Enough for any string shown with at most KLP_DIAG_MAX_STRING bytes.  */
#define KLP_QUOTE_SIZE (4 * KLP_DIAG_MAX_STRING + 8)

/* Write S as messages show it, at most MAX bytes of it (then "..."),
   into BUF of SIZE bytes (cut short if it does not fit); returns BUF.
   For text built with strings that a '%-s' then shows as it is.  */
char *klp_quote (char *buf, size_t size, const char *s, size_t max);

/* Hand MESSAGE about FILE, both already formatted and shown as above
   (kept by a handler, printed later), to the current handler as they
   are.  */
void klp_diag_emit (enum klp_severity severity, const char *file,
		    const char *message);

/* Report the current libelf error about FILE, prefixed by WHAT.  */
void klp_error_elf (const char *file, const char *what);

#endif /* KLP_DIAG_H */
