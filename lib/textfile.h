/* Reading whole text inputs (symbol maps, Module.symvers, System.map).
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#ifndef KLP_TEXTFILE_H
#define KLP_TEXTFILE_H

#include <stddef.h>

/* Read the whole of PATH into a malloc'd buffer with a NUL after its
   *SIZE bytes.  A regular file is read into a buffer of its size, with
   no copy and no slack; anything else (a pipe) into a buffer that grows.
   Reports "PATH: cannot open/read: REASON" and returns -1 on error.  */
int klp_read_text_file (const char *path, char **buf, size_t *size);

/* Copy SIZE bytes at DATA into a malloc'd buffer with a NUL after them
   (NULL, after an error about NAME, when out of memory).  */
char *klp_copy_text (const char *name, const char *data, size_t size);

#endif /* KLP_TEXTFILE_H */
