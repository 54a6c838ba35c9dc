/* Reading module files, compressed or not.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Every decompressor follows the same plan: guess the output size (the
   size the format records when it records one, else a multiple of the
   input), decode into a buffer that doubles when full, and require that
   the input ends exactly where the compressed data does, so that a
   truncated file is an error and never a short module.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

#include "decompress.h"
#include "diag.h"
#include "fileio.h"
#include "strutil.h"

enum klp_compression
{
  KLP_COMPRESSION_NONE,
  KLP_COMPRESSION_XZ,		/* ".xz": liblzma.  */
  KLP_COMPRESSION_ZSTD,		/* ".zst": libzstd.  */
  KLP_COMPRESSION_GZIP		/* ".gz": zlib.  */
};

/* The compression that the file name PATH announces, by its suffix.  */
static enum klp_compression
compression_by_name (const char *path)
{
  if (klp_has_suffix (path, ".xz"))
    return KLP_COMPRESSION_XZ;
  if (klp_has_suffix (path, ".zst"))
    return KLP_COMPRESSION_ZSTD;
  if (klp_has_suffix (path, ".gz"))
    return KLP_COMPRESSION_GZIP;
  return KLP_COMPRESSION_NONE;
}

/* "xz", "zstd", "gzip" or "none".  */
static const char *
compression_name (enum klp_compression method)
{
  switch (method)
    {
    case KLP_COMPRESSION_XZ:
      return "xz";
    case KLP_COMPRESSION_ZSTD:
      return "zstd";
    case KLP_COMPRESSION_GZIP:
      return "gzip";
    case KLP_COMPRESSION_NONE:
      break;
    }
  return "none";
}

bool
klp_is_module_file_name (const char *path)
{
  return (klp_has_suffix (path, ".ko") || klp_has_suffix (path, ".ko.xz")
	  || klp_has_suffix (path, ".ko.zst") || klp_has_suffix (path, ".ko.gz"));
}

/* ------------------------------------------------------------------ */
/* The output buffer.                                                 */
/* ------------------------------------------------------------------ */

struct outbuf
{
  const char *path;
  unsigned char *data;
  size_t size;			/* Bytes written.  */
  size_t alloc;
  size_t max;
};

/* Allocate the first buffer, of HINT bytes (at least 4 KiB, at most
   the limit plus one byte, so that output beyond the limit is seen).  */
static int
outbuf_init (struct outbuf *b, const char *path, size_t hint, size_t max)
{
  b->path = path;
  b->size = 0;
  b->max = max;
  if (hint < 4096)
    hint = 4096;
  if (hint > max)
    hint = max + 1;
  b->alloc = hint;
  b->data = klp_xmalloc (path, hint);
  return b->data ? 0 : -1;
}

/* Make room for more output; reports exceeding the limit.  */
static int
outbuf_grow (struct outbuf *b)
{
  size_t n;
  unsigned char *p;

  if (b->alloc > b->max)
    {
      klp_error (b->path, "decompressed size exceeds %zu MiB: not a "
		 "kernel module", b->max >> 20);
      return -1;
    }
  n = b->alloc > b->max / 2 ? b->max + 1 : b->alloc * 2;
  p = klp_xrealloc (b->path, b->data, n);
  if (!p)
    return -1;
  b->data = p;
  b->alloc = n;
  return 0;
}

/* Hand the output over, trimmed; or report output beyond the limit.  */
static int
outbuf_finish (struct outbuf *b, void **out, size_t *out_size)
{
  if (b->size > b->max)
    {
      klp_error (b->path, "decompressed size exceeds %zu MiB: not a "
		 "kernel module", b->max >> 20);
      return -1;
    }
  if (b->size < b->alloc)
    {
      unsigned char *p = realloc (b->data, b->size ? b->size : 1);
      if (p)
	b->data = p;
    }
  *out = b->data;
  *out_size = b->size;
  b->data = NULL;
  return 0;
}

/* ------------------------------------------------------------------ */
/* xz (liblzma).                                                      */
/* ------------------------------------------------------------------ */

static const char *
lzma_message (lzma_ret ret)
{
  switch (ret)
    {
    case LZMA_FORMAT_ERROR:
      return "not in xz format";
    case LZMA_OPTIONS_ERROR:
      return "unsupported xz options";
    case LZMA_DATA_ERROR:
      return "corrupt xz data";
    case LZMA_BUF_ERROR:
      return "truncated xz data";
    case LZMA_MEM_ERROR:
      return "out of memory";
    case LZMA_UNSUPPORTED_CHECK:
      return "unsupported xz integrity check";
    default:
      return "xz decoder error";
    }
}

static int
decompress_xz (const char *path, const void *data, size_t size,
	       struct outbuf *b)
{
  lzma_stream strm = LZMA_STREAM_INIT;
  lzma_ret ret;

  /* LZMA_CONCATENATED: like xz -d, accept several streams in a row.  */
  ret = lzma_stream_decoder (&strm, UINT64_MAX, LZMA_CONCATENATED);
  if (ret != LZMA_OK)
    {
      klp_error (path, "cannot decompress: %s", lzma_message (ret));
      return -1;
    }
  strm.next_in = data;
  strm.avail_in = size;
  for (;;)
    {
      if (b->size == b->alloc && outbuf_grow (b) < 0)
	goto fail;
      strm.next_out = b->data + b->size;
      strm.avail_out = b->alloc - b->size;
      ret = lzma_code (&strm, LZMA_FINISH);
      b->size = b->alloc - strm.avail_out;
      if (ret == LZMA_STREAM_END)
	break;
      if (ret == LZMA_OK)
	continue;
      if (ret == LZMA_BUF_ERROR && strm.avail_out == 0)
	continue;
      klp_error (path, "cannot decompress: %s", lzma_message (ret));
      goto fail;
    }
  lzma_end (&strm);
  return 0;

fail:
  lzma_end (&strm);
  return -1;
}

/* ------------------------------------------------------------------ */
/* zstd.                                                              */
/* ------------------------------------------------------------------ */

static int
decompress_zstd (const char *path, const void *data, size_t size,
		 struct outbuf *b)
{
  ZSTD_DCtx *dctx = ZSTD_createDCtx ();
  ZSTD_inBuffer in = { data, size, 0 };
  size_t ret = 1;

  if (!dctx)
    {
      klp_error (path, "out of memory");
      return -1;
    }
  /* Several frames in a row are decoded as zstd -d does; RET is 0
     exactly when the last frame read is complete.  */
  while (in.pos < in.size)
    {
      ZSTD_outBuffer out;

      if (b->size == b->alloc && outbuf_grow (b) < 0)
	goto fail;
      out.dst = b->data;
      out.size = b->alloc;
      out.pos = b->size;
      ret = ZSTD_decompressStream (dctx, &out, &in);
      b->size = out.pos;
      if (ZSTD_isError (ret))
	{
	  klp_error (path, "cannot decompress: corrupt zstd data (%s)",
		     ZSTD_getErrorName (ret));
	  goto fail;
	}
    }
  /* The decoder may hold output back until it has room for it.  */
  while (ret != 0)
    {
      ZSTD_outBuffer out;
      size_t before = b->size;

      if (b->size == b->alloc && outbuf_grow (b) < 0)
	goto fail;
      out.dst = b->data;
      out.size = b->alloc;
      out.pos = b->size;
      ret = ZSTD_decompressStream (dctx, &out, &in);
      b->size = out.pos;
      if (ZSTD_isError (ret))
	{
	  klp_error (path, "cannot decompress: corrupt zstd data (%s)",
		     ZSTD_getErrorName (ret));
	  goto fail;
	}
      if (ret != 0 && b->size == before && b->size < b->alloc)
	{
	  klp_error (path, "cannot decompress: truncated zstd data");
	  goto fail;
	}
    }
  if (size == 0)
    {
      klp_error (path, "cannot decompress: empty file, not zstd data");
      goto fail;
    }
  ZSTD_freeDCtx (dctx);
  return 0;

fail:
  ZSTD_freeDCtx (dctx);
  return -1;
}

/* ------------------------------------------------------------------ */
/* gzip (zlib).                                                       */
/* ------------------------------------------------------------------ */

static int
decompress_gzip (const char *path, const void *data, size_t size,
		 struct outbuf *b)
{
  z_stream strm;
  int ret;

  memset (&strm, 0, sizeof strm);
  /* 16 + MAX_WBITS: the gzip wrapper only, not zlib's.  */
  if (inflateInit2 (&strm, 16 + MAX_WBITS) != Z_OK)
    {
      klp_error (path, "out of memory");
      return -1;
    }
  strm.next_in = (Bytef *) data;
  if (size > UINT_MAX)
    {
      klp_error (path, "compressed file too large");
      goto fail;
    }
  strm.avail_in = size;
  for (;;)
    {
      size_t room;

      if (b->size == b->alloc && outbuf_grow (b) < 0)
	goto fail;
      room = b->alloc - b->size;
      if (room > UINT_MAX)
	room = UINT_MAX;
      strm.next_out = b->data + b->size;
      strm.avail_out = room;
      ret = inflate (&strm, Z_NO_FLUSH);
      b->size += room - strm.avail_out;
      if (ret == Z_STREAM_END)
	{
	  /* Like gzip -d, decode members that follow.  */
	  if (strm.avail_in == 0)
	    break;
	  if (inflateReset (&strm) != Z_OK)
	    {
	      klp_error (path, "cannot decompress: gzip decoder error");
	      goto fail;
	    }
	  continue;
	}
      if (ret == Z_OK)
	continue;
      if (ret == Z_BUF_ERROR && strm.avail_out == 0)
	continue;
      if (ret == Z_BUF_ERROR)
	klp_error (path, "cannot decompress: truncated gzip data");
      else if (ret == Z_MEM_ERROR)
	klp_error (path, "out of memory");
      else if (strm.msg)
	klp_error (path, "cannot decompress: corrupt gzip data (%s)",
		   strm.msg);
      else
	klp_error (path, "cannot decompress: corrupt gzip data");
      goto fail;
    }
  inflateEnd (&strm);
  return 0;

fail:
  inflateEnd (&strm);
  return -1;
}

/* ------------------------------------------------------------------ */
/* Dispatch.                                                          */
/* ------------------------------------------------------------------ */

/* A first guess of the output size: what the format records, else a
   ratio typical of kernel modules.  */
static size_t
guess_output_size (enum klp_compression method, const unsigned char *data,
		   size_t size)
{
  size_t guess = size > SIZE_MAX / 4 ? SIZE_MAX : size * 4;

  switch (method)
    {
    case KLP_COMPRESSION_ZSTD:
      {
	unsigned long long n = ZSTD_getFrameContentSize (data, size);
	if (n != ZSTD_CONTENTSIZE_UNKNOWN && n != ZSTD_CONTENTSIZE_ERROR
	    && n < SIZE_MAX)
	  guess = n;
	break;
      }
    case KLP_COMPRESSION_GZIP:
      /* ISIZE: the size modulo 2^32 of the (last) member.  */
      if (size >= 18)
	{
	  const unsigned char *p = data + size - 4;
	  guess = (size_t) p[0] | (size_t) p[1] << 8 | (size_t) p[2] << 16
		  | (size_t) p[3] << 24;
	}
      break;
    default:
      break;
    }
  return guess;
}

/* Decompress the SIZE bytes at DATA, compressed with METHOD (not
   KLP_COMPRESSION_NONE), into a malloc'd buffer stored in *OUT with its
   size in *OUT_SIZE.  More than MAX_SIZE bytes of output is an error (a
   guard against corrupt sizes and decompression bombs).  PATH is used in
   diagnostics.  Returns 0, or -1 after reporting an error.  */
static int
decompress (const char *path, enum klp_compression method, const void *data,
	    size_t size, size_t max_size, void **out, size_t *out_size)
{
  struct outbuf b;
  int ret;

  if (outbuf_init (&b, path, guess_output_size (method, data, size),
		   max_size) < 0)
    return -1;
  switch (method)
    {
    case KLP_COMPRESSION_XZ:
      ret = decompress_xz (path, data, size, &b);
      break;
    case KLP_COMPRESSION_ZSTD:
      ret = decompress_zstd (path, data, size, &b);
      break;
    case KLP_COMPRESSION_GZIP:
      ret = decompress_gzip (path, data, size, &b);
      break;
    default:
      klp_error (path, "internal error: no decompressor");
      ret = -1;
      break;
    }
  if (ret == 0)
    ret = outbuf_finish (&b, out, out_size);
  free (b.data);
  return ret;
}

/* ------------------------------------------------------------------ */
/* Images.                                                            */
/* ------------------------------------------------------------------ */

void
klp_image_free (struct klp_image *image)
{
  if (image->fd >= 0)
    close (image->fd);
  free (image->data);
  image->fd = -1;
  image->data = NULL;
  image->size = 0;
}

int
klp_image_load (const char *path, struct klp_image *image)
{
  enum klp_compression method = compression_by_name (path);
  struct stat st;
  void *map = NULL;
  size_t size;
  int fd, ret = -1;

  image->fd = -1;
  image->data = NULL;
  image->size = 0;

  fd = klp_open_input (path, &st);
  if (fd < 0)
    return -1;
  if ((uintmax_t) st.st_size > SIZE_MAX / 2)
    {
      klp_error (path, "file too large");
      goto out;
    }
  size = st.st_size;
  if (method == KLP_COMPRESSION_NONE)
    {
      /* The ELF reader reports an empty file.  */
      image->fd = fd;
      image->size = size;
      return 0;
    }
  if (size == 0)
    {
      klp_error (path, "cannot decompress: empty file, not %s data",
		 compression_name (method));
      goto out;
    }
  map = mmap (NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (map == MAP_FAILED)
    {
      klp_error (path, "cannot map: %s", strerror (errno));
      goto out;
    }
  ret = decompress (path, method, map, size, KLP_IMAGE_MAX_SIZE,
		    &image->data, &image->size);
  munmap (map, size);

out:
  close (fd);
  return ret;
}
