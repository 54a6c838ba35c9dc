/* Reading module files, compressed or not.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Distributions ship modules as ".ko", ".ko.xz", ".ko.zst" or ".ko.gz".
   klp_image_load() gives the ELF bytes of any of them: an uncompressed
   file is left open, for the ELF model to read what it needs of it; a
   compressed one is decompressed in memory with liblzma, libzstd or
   zlib.  No decompression program is ever run.

   The functions are thread-safe: each call uses its own decoder.  */

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
  void *data;			/* The decompressed bytes (malloc'd), or
				   NULL.  */
  size_t size;			/* The size of either.  */
};

/* The largest decompressed module klp_image_load() accepts.  */
#define KLP_IMAGE_MAX_SIZE ((size_t) 1 << 31)

/* Open PATH, a regular file, and decompress it when its name says it is
   compressed.  Returns 0, or -1 after reporting an error ("PROG: PATH:
   error: ...").  */
int klp_image_load (const char *path, struct klp_image *image);

/* Close or free what IMAGE holds.  */
void klp_image_free (struct klp_image *image);

#endif /* KLP_DECOMPRESS_H */
