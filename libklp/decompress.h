/* Reading module files, compressed or not.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Distributions ship modules as ".ko", ".ko.xz", ".ko.zst" or ".ko.gz".
   klp_image_load() gives the ELF bytes of any of them: an uncompressed
   file is left open, for the ELF model to read what it needs of it; a
   compressed one is decompressed in memory with liblzma, libzstd or
   zlib.  No decompression program is ever run.

   The functions are thread-safe: each call uses its own decoder.  The
   decompressed images and the decoders of all threads together hold at
   most a budget of memory (klp_decompress_set_limit): a decompression
   that does not fit beside the others waits, and runs alone; a file
   that does not fit alone is an error.  */

#ifndef KLP_DECOMPRESS_H
#define KLP_DECOMPRESS_H

#include <stdbool.h>
#include <stddef.h>

/* Whether PATH names a kernel module: "*.ko", "*.ko.xz", "*.ko.zst" or
   "*.ko.gz".  */
bool klp_is_module_file_name (const char *path);

/* A module file's ELF bytes: an uncompressed file, open for reading, or
   the decompressed contents of a compressed one.  */
struct klp_image
{
  int fd;			/* The uncompressed file, or -1.  */
  void *data;			/* The decompressed bytes (an anonymous
				   mapping of MAPPED bytes), or NULL.  */
  size_t size;			/* The size of either.  */
  size_t mapped;		/* What DATA holds of the budget.  */
};

/* The default budget: 2 GiB.  */
#define KLP_DECOMPRESS_DEFAULT_LIMIT ((size_t) 2 << 30)

/* Set the budget of the process, in bytes (before any thread
   decompresses); and read it.  */
void klp_decompress_set_limit (size_t limit);
size_t klp_decompress_limit (void);

/* Open PATH, a regular file, and decompress it when its name says it is
   compressed.  Returns 0, or -1 after reporting an error ("PROG: PATH:
   error: ...").  */
int klp_image_load (const char *path, struct klp_image *image);

/* Close or free what IMAGE holds.  */
void klp_image_free (struct klp_image *image);

#endif /* KLP_DECOMPRESS_H */
