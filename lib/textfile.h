/* Text inputs (symbol maps, Module.symvers, System.map, modules.order):
   read whole, then walked line by line, errors reported as "FILE:LINE:".
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#ifndef KLP_TEXTFILE_H
#define KLP_TEXTFILE_H

#include <stdbool.h>
#include <stddef.h>

/* Read the whole of PATH, which must be a regular file
   (klp_open_input), into a malloc'd buffer with a NUL after its *SIZE
   bytes: a buffer of the file's size, with no copy and no slack, or,
   when the size is not known (0, as for /proc/kallsyms), one that grows.
   A failure to allocate or to read is an error, never the end of the
   file.  Reports "PATH: error: cannot open/read: REASON", "out of
   memory", "is not a regular file (...)", and returns -1 on error.  */
int klp_read_text_file (const char *path, char **buf, size_t *size);

/* The text of the file PATH (klp_read_text_file), or, IN_MEMORY, a copy
   of the SIZE bytes at DATA (the input of a fuzzer or a test, which PATH
   names in diagnostics): in a malloc'd buffer *BUF of *LEN bytes and a
   NUL.  Returns 0, or -1 after reporting an error.  */
int klp_load_text (const char *path, bool in_memory, const char *data,
		   size_t size, char **buf, size_t *len);

/* A text in memory, walked line by line.  Lines are split in place:
   each becomes a NUL-terminated string, so that a parser can tokenise it
   and keep pointers into the buffer.  */
struct klp_lines
{
  const char *path;		/* For diagnostics.  */
  char *next;			/* Start of the next line.  */
  char *end;			/* End of the text.  */
  size_t line;			/* Number of the current line, 1-based
				   (0 before the first).  */
};

/* Prepare to walk BUF, SIZE bytes of the file PATH with a NUL after them
   (as klp_read_text_file returns them).  Refuses a text with a NUL byte,
   which could not be split into strings ("PATH:LINE: error: NUL byte in
   line: not a text file").  Stores the number of lines in *NLINES (a
   last line without its newline counts), which bounds what a parser
   allocates.  Returns 0, or -1 after reporting.  */
int klp_lines_init (struct klp_lines *lines, const char *path, char *buf,
		    size_t size, size_t *nlines);

/* The next line, NUL-terminated in place, without its newline; NULL at
   the end of the text, or after reporting a line that ends with a
   carriage return (*ERROR is then set).  */
char *klp_lines_next (struct klp_lines *lines, bool *error);

/* Report an error about the current line: "PROG: PATH:LINE: error:
   MESSAGE".  */
void klp_lines_error (const struct klp_lines *lines, const char *fmt, ...)
  __attribute__ ((__format__ (__printf__, 2, 3)));

#endif /* KLP_TEXTFILE_H */
