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

#include <elf.h>
#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

#include "decompress.h"
#include "diag.h"

static bool
has_suffix (const char *s, const char *suffix)
{
  size_t n = strlen (s), m = strlen (suffix);

  return n >= m && memcmp (s + n - m, suffix, m) == 0;
}

enum klp_compression
klp_compression_by_name (const char *path)
{
  if (has_suffix (path, ".xz"))
    return KLP_COMPRESSION_XZ;
  if (has_suffix (path, ".zst"))
    return KLP_COMPRESSION_ZSTD;
  if (has_suffix (path, ".gz"))
    return KLP_COMPRESSION_GZIP;
  return KLP_COMPRESSION_NONE;
}

const char *
klp_compression_name (enum klp_compression method)
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
  return (has_suffix (path, ".ko") || has_suffix (path, ".ko.xz")
	  || has_suffix (path, ".ko.zst") || has_suffix (path, ".ko.gz"));
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

int
klp_decompress (const char *path, enum klp_compression method,
		const void *data, size_t size, size_t max_size, void **out,
		size_t *out_size)
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
  if (!image->data)
    return;
  if (image->is_mapped)
    munmap (image->data, image->size);
  else
    free (image->data);
  image->data = NULL;
  image->size = 0;
}

/* Map the regular file FD of SIZE bytes (not 0) privately.  */
static void *
map_file (const char *path, int fd, size_t size)
{
  void *p = mmap (NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);

  if (p == MAP_FAILED)
    {
      klp_error (path, "cannot map: %s", strerror (errno));
      return NULL;
    }
  return p;
}

/* Read LEN bytes at OFFSET of FD into BUF + OFFSET; whether all were
   read.  */
static bool
read_at (int fd, unsigned char *buf, uint64_t offset, uint64_t len)
{
  while (len)
    {
      ssize_t n = pread (fd, buf + offset, len, offset);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0)
	return false;
      offset += n;
      len -= n;
    }
  return true;
}

/* An ELF field of WIDTH bytes at P, in the byte order IS_BE.  */
static uint64_t
get_field (const unsigned char *p, int width, bool is_be)
{
  uint64_t v = 0;

  for (int i = 0; i < width; i++)
    v = v << 8 | p[is_be ? i : width - 1 - i];
  return v;
}

/* Whether the range [OFFSET, OFFSET + LEN) is inside SIZE bytes.  */
static bool
is_in_file (uint64_t offset, uint64_t len, size_t size)
{
  return offset <= size && len <= size - offset;
}

/* Read the ELF tables of the SIZE-byte file FD into BUF (see
   KLP_IMAGE_ELF_TABLES).  Returns false if the file does not look like
   ELF enough to find them.  */
static bool
read_elf_tables (int fd, unsigned char *buf, size_t size)
{
  bool is64, is_be;
  uint64_t shoff, phoff, shnum, shstrndx, shentsize, phentsize, phnum;
  const unsigned char *sh;

  if (size < 52 || !read_at (fd, buf, 0, size < 64 ? 52 : 64)
      || memcmp (buf, "\177ELF", 4) != 0
      || (buf[4] != 1 && buf[4] != 2) || (buf[5] != 1 && buf[5] != 2))
    return false;
  is64 = buf[4] == 2;
  is_be = buf[5] == 2;
  if (is64 && size < 64)
    return false;
#define FIELD(off64, off32, w64, w32) \
  get_field (buf + (is64 ? (off64) : (off32)), is64 ? (w64) : (w32), is_be)
  phoff = FIELD (32, 28, 8, 4);
  shoff = FIELD (40, 32, 8, 4);
  phentsize = FIELD (54, 42, 2, 2);
  phnum = FIELD (56, 44, 2, 2);
  shentsize = FIELD (58, 46, 2, 2);
  shnum = FIELD (60, 48, 2, 2);
  shstrndx = FIELD (62, 50, 2, 2);
#undef FIELD
  if (phnum && (phentsize == 0 || !is_in_file (phoff, phnum * phentsize,
					       size)
		|| !read_at (fd, buf, phoff, phnum * phentsize)))
    return false;
  if (shoff == 0 || shentsize != (is64 ? 64u : 40u)
      || !is_in_file (shoff, shentsize, size)
      || !read_at (fd, buf, shoff, shentsize))
    return false;
  sh = buf + shoff;
  /* Extended numbering: the real values are in section header 0.  */
  if (shnum == 0)
    shnum = get_field (sh + (is64 ? 32 : 20), is64 ? 8 : 4, is_be);
  if (shstrndx == 0xffff)
    shstrndx = get_field (sh + (is64 ? 40 : 24), 4, is_be);
  if (shnum == 0 || shnum > size / shentsize
      || !is_in_file (shoff, shnum * shentsize, size)
      || !read_at (fd, buf, shoff, shnum * shentsize))
    return false;
  for (uint64_t i = 1; i < shnum; i++)
    {
      const unsigned char *h = sh + i * shentsize;
      uint32_t type = get_field (h + 4, 4, is_be);
      uint64_t off = get_field (h + (is64 ? 24 : 16), is64 ? 8 : 4, is_be);
      uint64_t len = get_field (h + (is64 ? 32 : 20), is64 ? 8 : 4, is_be);

      if (type != SHT_SYMTAB && type != SHT_SYMTAB_SHNDX
	  && type != SHT_STRTAB && i != shstrndx)
	continue;
      if (is_in_file (off, len, size) && !read_at (fd, buf, off, len))
	return false;
    }
  /* .modinfo, by name.  */
  if (shstrndx && shstrndx < shnum)
    {
      const unsigned char *str = sh + shstrndx * shentsize;
      uint64_t stroff = get_field (str + (is64 ? 24 : 16), is64 ? 8 : 4,
				   is_be);
      uint64_t strsize = get_field (str + (is64 ? 32 : 20), is64 ? 8 : 4,
				    is_be);

      if (!is_in_file (stroff, strsize, size))
	return true;
      for (uint64_t i = 1; i < shnum; i++)
	{
	  const unsigned char *h = sh + i * shentsize;
	  uint64_t name = get_field (h, 4, is_be);
	  uint64_t off = get_field (h + (is64 ? 24 : 16), is64 ? 8 : 4, is_be);
	  uint64_t len = get_field (h + (is64 ? 32 : 20), is64 ? 8 : 4,
				    is_be);

	  if (name < strsize && strsize - name >= sizeof ".modinfo"
	      && memcmp (buf + stroff + name, ".modinfo", sizeof ".modinfo")
		 == 0
	      && is_in_file (off, len, size) && !read_at (fd, buf, off, len))
	    return false;
	}
    }
  return true;
}

int
klp_image_load (const char *path, enum klp_image_parts parts,
		struct klp_image *image)
{
  enum klp_compression method = klp_compression_by_name (path);
  struct stat st;
  void *map = NULL;
  size_t size;
  int fd, ret = -1;

  image->data = NULL;
  image->size = 0;
  image->is_mapped = false;

  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    {
      klp_error (path, "cannot open: %s", strerror (errno));
      return -1;
    }
  if (fstat (fd, &st) < 0)
    {
      klp_error (path, "cannot read: %s", strerror (errno));
      goto out;
    }
  if (S_ISDIR (st.st_mode))
    {
      klp_error (path, "is a directory");
      goto out;
    }
  if (!S_ISREG (st.st_mode))
    {
      klp_error (path, "not a regular file");
      goto out;
    }
  if ((uintmax_t) st.st_size > SIZE_MAX / 2)
    {
      klp_error (path, "file too large");
      goto out;
    }
  size = st.st_size;
  if (size == 0)
    {
      if (method != KLP_COMPRESSION_NONE)
	klp_error (path, "cannot decompress: empty file, not %s data",
		   klp_compression_name (method));
      else
	ret = 0;		/* The ELF reader reports an empty file.  */
      goto out;
    }
  if (method == KLP_COMPRESSION_NONE && parts == KLP_IMAGE_ELF_TABLES)
    {
      unsigned char *buf = klp_xmalloc (path, size);

      if (!buf)
	goto out;
      if (!read_elf_tables (fd, buf, size) && !read_at (fd, buf, 0, size))
	{
	  klp_error (path, "cannot read: %s",
		     errno ? strerror (errno) : "file shrank while read");
	  free (buf);
	  goto out;
	}
      image->data = buf;
      image->size = size;
      ret = 0;
      goto out;
    }
  map = map_file (path, fd, size);
  if (!map)
    goto out;
  if (method == KLP_COMPRESSION_NONE)
    {
      image->data = map;
      image->size = size;
      image->is_mapped = true;
      map = NULL;
      ret = 0;
    }
  else
    ret = klp_decompress (path, method, map, size, KLP_IMAGE_MAX_SIZE,
			  &image->data, &image->size);

out:
  if (map)
    munmap (map, size);
  close (fd);
  return ret;
}
