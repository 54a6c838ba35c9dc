/* Reading module files, compressed or not.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Distributions ship modules as ".ko", ".ko.xz", ".ko.zst" or ".ko.gz".
   klp_image_load() gives the ELF bytes of any of them: an uncompressed
   file is mapped (only the pages that are read are ever loaded), a
   compressed one is decompressed in memory with liblzma, libzstd or zlib.
   No decompression program is ever run.

   A 'struct klp_image' owns its bytes: klp_image_free() unmaps or frees
   them.  The bytes are writable (a private mapping or a malloc'd buffer)
   because libelf may convert data in place when it reads an object of
   the other byte order; the file itself is never modified.

   The functions are thread-safe: each call uses its own decoder.  */

#ifndef KLP_DECOMPRESS_H
#define KLP_DECOMPRESS_H

#include <stdbool.h>
#include <stddef.h>

enum klp_compression
{
  KLP_COMPRESSION_NONE,
  KLP_COMPRESSION_XZ,		/* ".xz": liblzma.  */
  KLP_COMPRESSION_ZSTD,		/* ".zst": libzstd.  */
  KLP_COMPRESSION_GZIP		/* ".gz": zlib.  */
};

/* The compression that the file name PATH announces, by its suffix.  */
enum klp_compression klp_compression_by_name (const char *path);

/* "xz", "zstd", "gzip" or "none".  */
const char *klp_compression_name (enum klp_compression method);

/* Whether PATH names a kernel module: "*.ko", "*.ko.xz", "*.ko.zst" or
   "*.ko.gz".  */
bool klp_is_module_file_name (const char *path);

/* Decompress the SIZE bytes at DATA, compressed with METHOD (not
   KLP_COMPRESSION_NONE), into a malloc'd buffer stored in *OUT with its
   size in *OUT_SIZE.  More than MAX_SIZE bytes of output is an error (a
   guard against corrupt sizes and decompression bombs).  PATH is used in
   diagnostics.  Returns 0, or -1 after reporting an error.  */
int klp_decompress (const char *path, enum klp_compression method,
		    const void *data, size_t size, size_t max_size,
		    void **out, size_t *out_size);

struct klp_image
{
  void *data;			/* NULL when SIZE is 0.  */
  size_t size;
  bool is_mapped;		/* DATA is a mapping, else malloc'd.  */
};

/* The largest decompressed module klp_image_load() accepts.  */
#define KLP_IMAGE_MAX_SIZE ((size_t) 1 << 31)

enum klp_image_parts
{
  KLP_IMAGE_ALL,		/* Every byte (mapped).  */
  KLP_IMAGE_ELF_TABLES		/* Of an uncompressed ELF file, only the
				   headers, the section and program header
				   tables, the symbol and string tables and
				   .modinfo are read, with pread(2), into a
				   buffer of the file's size, at their
				   offsets; the rest of it is undefined.  */
};

/* Read PATH into IMAGE, decompressing it as its name says.  PARTS says
   what must be read of an uncompressed file: reading only the ELF tables
   does no mapping and no page-table work, which several threads
   reading thousands of modules would serialise on; a file that does not
   look like ELF is read whole (so that the ELF reader reports the
   problem).  Returns 0, or -1 after reporting an error ("PROG: PATH:
   error: ...").  */
int klp_image_load (const char *path, enum klp_image_parts parts,
		    struct klp_image *image);

void klp_image_free (struct klp_image *image);

#endif /* KLP_DECOMPRESS_H */
