/* Reading module files, compressed or not.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Every decompressor follows the same plan: guess the output size (the
   size the format records when it records one, else a multiple of the
   input), decode into a buffer that doubles when full, and require that
   the input ends exactly where the compressed data does, so that a
   truncated file is an error and never a short module.

   The memory of decompression is bounded per process, not per file: the
   decompressed images and the decoders' own state of all threads
   together never hold more than the budget (klp_decompress_set_limit).
   Each decompression charges the budget before it allocates: its
   decoder's state (xz: what liblzma says it needs, asked through its
   memory limit; zstd: the window its frames declare, through
   ZSTD_d_windowLogMax; gzip: a constant), then its output buffer as it
   grows; the image keeps its charge until it is freed.  When a charge
   does not fit, the decompression gives back what it holds, waits until
   no other thread holds any, and starts again alone, with the whole
   budget; new decompressions wait meanwhile.  Alone, a file that does
   not fit is an error.  So whether a file can be read depends on its
   own size, never on the number of threads or their timing; threads
   only wait.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lzma.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

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
/* The memory budget.                                                 */
/* ------------------------------------------------------------------ */

static struct
{
  pthread_mutex_t lock;
  pthread_cond_t changed;	/* Memory given back, or EXCLUSIVE off.  */
  size_t limit;
  size_t used;			/* Charged by every thread.  */
  bool exclusive;		/* One decompression runs alone.  */
  size_t queued;		/* Decompressions waiting to run alone.  */
} budget = {
  PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
  KLP_DECOMPRESS_DEFAULT_LIMIT, 0, false, 0
};

/* What one decompression has charged.  */
struct charge
{
  size_t held;
  bool alone;			/* It runs alone (budget.exclusive).  */
};

/* How a decompression ends: done, an error reported, or start again
   alone (nothing reported).  */
enum
{
  DECOMP_OK = 0,
  DECOMP_ERROR = -1,
  DECOMP_AGAIN = 1
};

void
klp_decompress_set_limit (size_t limit)
{
  pthread_mutex_lock (&budget.lock);
  budget.limit = limit;
  pthread_mutex_unlock (&budget.lock);
}

size_t
klp_decompress_limit (void)
{
  size_t limit;

  pthread_mutex_lock (&budget.lock);
  limit = budget.limit;
  pthread_mutex_unlock (&budget.lock);
  return limit;
}

/* Charge N more bytes to C: DECOMP_OK; DECOMP_AGAIN when they do not
   fit beside the other threads' charges (or others wait to run alone);
   DECOMP_ERROR, not reported, when C runs alone and they do not fit.  */
static int
charge_add (struct charge *c, size_t n)
{
  int ret = DECOMP_OK;

  pthread_mutex_lock (&budget.lock);
  if (n > budget.limit - budget.used)
    ret = c->alone ? DECOMP_ERROR : DECOMP_AGAIN;
  else if (!c->alone && (budget.exclusive || budget.queued))
    ret = DECOMP_AGAIN;
  else
    {
      budget.used += n;
      c->held += n;
    }
  pthread_mutex_unlock (&budget.lock);
  return ret;
}

/* Give back N of the bytes charged to C.  */
static void
charge_sub (struct charge *c, size_t n)
{
  if (n == 0)
    return;
  pthread_mutex_lock (&budget.lock);
  budget.used -= n;
  c->held -= n;
  pthread_cond_broadcast (&budget.changed);
  pthread_mutex_unlock (&budget.lock);
}

/* C, which holds nothing, waits until it can run alone.  */
static void
charge_go_alone (struct charge *c)
{
  pthread_mutex_lock (&budget.lock);
  budget.queued++;
  while (budget.exclusive || budget.used > 0)
    pthread_cond_wait (&budget.changed, &budget.lock);
  budget.queued--;
  budget.exclusive = true;
  c->alone = true;
  pthread_mutex_unlock (&budget.lock);
}

/* C's decompression is over: others may run (C keeps its charge).  */
static void
charge_end_alone (struct charge *c)
{
  if (!c->alone)
    return;
  pthread_mutex_lock (&budget.lock);
  budget.exclusive = false;
  c->alone = false;
  pthread_cond_broadcast (&budget.changed);
  pthread_mutex_unlock (&budget.lock);
}

/* Report what does not fit in the budget.  */
static void
report_too_big (const char *path, const char *what)
{
  klp_error (path, "%s exceeds the decompression limit of %zu MiB: not a "
	     "kernel module", what, klp_decompress_limit () >> 20);
}

/* ------------------------------------------------------------------ */
/* The output buffer.                                                 */
/* ------------------------------------------------------------------ */

/* The buffer is an anonymous mapping of its own, grown with mremap(2)
   and unmapped when freed: the memory it held goes back to the system
   at once, where malloc would keep it in the arena of the thread that
   freed it; so that what the process holds is what the budget says.  */
struct outbuf
{
  const char *path;
  unsigned char *data;
  size_t size;			/* Bytes written.  */
  size_t alloc;			/* Bytes mapped.  */
  struct charge *charge;	/* Holds ALLOC, and the decoder's state.  */
};

static size_t
page_round (size_t n)
{
  size_t page = (size_t) sysconf (_SC_PAGESIZE);

  return n > SIZE_MAX - page ? SIZE_MAX : (n + page - 1) / page * page;
}

/* Map N bytes, or, OLD not NULL, remap OLD's OLDSIZE bytes to N.  NULL
   after reporting "out of memory".  */
static unsigned char *
map_bytes (const char *path, unsigned char *old, size_t oldsize, size_t n)
{
  void *p;

  if (klp_alloc_fails ())
    p = MAP_FAILED;
  else if (old)
    p = mremap (old, oldsize, n, MREMAP_MAYMOVE);
  else
    p = mmap (NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
	      -1, 0);
  if (p == MAP_FAILED)
    {
      klp_error (path, "out of memory");
      return NULL;
    }
  return p;
}

/* Map the first buffer, of HINT bytes (at least a page).  */
static int
outbuf_init (struct outbuf *b, const char *path, size_t hint,
	     struct charge *charge)
{
  size_t first = page_round (1);
  int r;

  b->path = path;
  b->size = 0;
  b->alloc = 0;
  b->data = NULL;
  b->charge = charge;
  hint = hint < first ? first : page_round (hint);
  r = charge_add (charge, hint);
  if (r == DECOMP_ERROR && hint > first)
    {
      /* A size recorded in the file that does not fit: start small, and
	 find out.  */
      hint = first;
      r = charge_add (charge, hint);
    }
  if (r == DECOMP_ERROR)
    report_too_big (path, "the decompressed size");
  if (r != DECOMP_OK)
    return r;
  b->data = map_bytes (path, NULL, 0, hint);
  if (!b->data)
    {
      charge_sub (charge, hint);
      return DECOMP_ERROR;
    }
  b->alloc = hint;
  return DECOMP_OK;
}

/* Make room for more output: twice as much, or, alone, what is left of
   the budget.  Reports exceeding it.  */
static int
outbuf_grow (struct outbuf *b)
{
  size_t n = b->alloc > SIZE_MAX / 2 ? SIZE_MAX : b->alloc * 2;
  unsigned char *p;
  int r;

  if (b->charge->alone)
    {
      size_t left;

      pthread_mutex_lock (&budget.lock);
      left = budget.limit - budget.used;
      pthread_mutex_unlock (&budget.lock);
      left -= left % page_round (1);
      if (n - b->alloc > left)
	n = b->alloc + left;
    }
  r = n > b->alloc ? charge_add (b->charge, n - b->alloc) : DECOMP_ERROR;
  if (r == DECOMP_ERROR)
    report_too_big (b->path, "the decompressed size");
  if (r != DECOMP_OK)
    return r;
  p = map_bytes (b->path, b->data, b->alloc, n);
  if (!p)
    {
      charge_sub (b->charge, n - b->alloc);
      return DECOMP_ERROR;
    }
  b->data = p;
  b->alloc = n;
  return DECOMP_OK;
}

/* Hand the output over, trimmed to whole pages: *OUT and *OUT_SIZE, and
   the length of the mapping in *MAPPED.  */
static void
outbuf_finish (struct outbuf *b, void **out, size_t *out_size,
	       size_t *mapped)
{
  size_t keep = page_round (b->size ? b->size : 1);

  if (keep < b->alloc
      && mremap (b->data, b->alloc, keep, 0) != MAP_FAILED)
    {
      charge_sub (b->charge, b->alloc - keep);
      b->alloc = keep;
    }
  *out = b->data;
  *out_size = b->size;
  *mapped = b->alloc;
  b->data = NULL;
}

/* Unmap the buffer and give its charge back.  */
static void
outbuf_free (struct outbuf *b)
{
  if (b->data)
    munmap (b->data, b->alloc);
  b->data = NULL;
  charge_sub (b->charge, b->alloc);
  b->alloc = 0;
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

/* What an xz decoder may use before it asks for more: enough for the
   1 MiB dictionary the kernel's module compression uses.  */
#define XZ_FIRST_MEMLIMIT ((uint64_t) 2 << 20)

static int
decompress_xz (const char *path, const void *data, size_t size,
	       struct outbuf *b)
{
  lzma_stream strm = LZMA_STREAM_INIT;
  uint64_t memlimit = XZ_FIRST_MEMLIMIT;
  lzma_ret ret;
  int r;

  /* The decoder's state is charged as liblzma asks for it: it stops
     with LZMA_MEMLIMIT_ERROR before it allocates beyond MEMLIMIT, and
     goes on once the limit is raised.  */
  r = charge_add (b->charge, memlimit);
  if (r == DECOMP_ERROR)
    report_too_big (path, "the xz decoder's memory");
  if (r != DECOMP_OK)
    return r;
  /* LZMA_CONCATENATED: like xz -d, accept several streams in a row.  */
  ret = lzma_stream_decoder (&strm, memlimit, LZMA_CONCATENATED);
  if (ret != LZMA_OK)
    {
      klp_error (path, "cannot decompress: %s", lzma_message (ret));
      r = DECOMP_ERROR;
      goto out;
    }
  strm.next_in = data;
  strm.avail_in = size;
  for (;;)
    {
      if (b->size == b->alloc && (r = outbuf_grow (b)) != DECOMP_OK)
	goto out;
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
      if (ret == LZMA_MEMLIMIT_ERROR)
	{
	  uint64_t need = lzma_memusage (&strm);

	  if (need > memlimit && need - memlimit <= SIZE_MAX)
	    {
	      r = charge_add (b->charge, need - memlimit);
	      if (r == DECOMP_ERROR)
		report_too_big (path, "the xz decoder's memory");
	      if (r != DECOMP_OK)
		goto out;
	      memlimit = need;
	      if (lzma_memlimit_set (&strm, memlimit) == LZMA_OK)
		continue;
	    }
	}
      klp_error (path, "cannot decompress: %s", lzma_message (ret));
      r = DECOMP_ERROR;
      goto out;
    }
  r = DECOMP_OK;

out:
  lzma_end (&strm);
  charge_sub (b->charge, memlimit);
  return r;
}

/* ------------------------------------------------------------------ */
/* zstd.                                                              */
/* ------------------------------------------------------------------ */

/* The window a zstd decoder may use before it asks for more (the
   kernel's module compression, zstd's default level, uses at most 2
   MiB), and its state besides the window (block buffers, tables).  */
#define ZSTD_FIRST_WINDOW_LOG 21
#define ZSTD_MAX_WINDOW_LOG 31
#define ZSTD_STATE ((size_t) 1 << 20)

/* Decode into B from the start of DATA, with the decoder DCTX.  Returns
   DECOMP_OK, DECOMP_ERROR (reported), or DECOMP_AGAIN; *WINDOW_TOO_LARGE
   when a frame needs a larger window than the decoder allows.  */
static int
run_zstd (const char *path, ZSTD_DCtx *dctx, const void *data, size_t size,
	  struct outbuf *b, bool *window_too_large)
{
  ZSTD_inBuffer in = { data, size, 0 };
  size_t ret = 1;
  int r;

  *window_too_large = false;
  b->size = 0;
  /* Several frames in a row are decoded as zstd -d does; RET is 0
     exactly when the last frame read is complete.  */
  while (in.pos < in.size)
    {
      ZSTD_outBuffer out;

      if (b->size == b->alloc && (r = outbuf_grow (b)) != DECOMP_OK)
	return r;
      out.dst = b->data;
      out.size = b->alloc;
      out.pos = b->size;
      ret = ZSTD_decompressStream (dctx, &out, &in);
      b->size = out.pos;
      if (ZSTD_isError (ret))
	{
	  if (ZSTD_getErrorCode (ret) == ZSTD_error_frameParameter_windowTooLarge)
	    {
	      *window_too_large = true;
	      return DECOMP_OK;
	    }
	  klp_error (path, "cannot decompress: corrupt zstd data (%s)",
		     ZSTD_getErrorName (ret));
	  return DECOMP_ERROR;
	}
    }
  /* The decoder may hold output back until it has room for it.  */
  while (ret != 0)
    {
      ZSTD_outBuffer out;
      size_t before = b->size;

      if (b->size == b->alloc && (r = outbuf_grow (b)) != DECOMP_OK)
	return r;
      out.dst = b->data;
      out.size = b->alloc;
      out.pos = b->size;
      ret = ZSTD_decompressStream (dctx, &out, &in);
      b->size = out.pos;
      if (ZSTD_isError (ret))
	{
	  klp_error (path, "cannot decompress: corrupt zstd data (%s)",
		     ZSTD_getErrorName (ret));
	  return DECOMP_ERROR;
	}
      if (ret != 0 && b->size == before && b->size < b->alloc)
	{
	  klp_error (path, "cannot decompress: truncated zstd data");
	  return DECOMP_ERROR;
	}
    }
  if (size == 0)
    {
      klp_error (path, "cannot decompress: empty file, not zstd data");
      return DECOMP_ERROR;
    }
  return DECOMP_OK;
}

static int
decompress_zstd (const char *path, const void *data, size_t size,
		 struct outbuf *b)
{
  ZSTD_DCtx *dctx = NULL;
  int window_log = ZSTD_FIRST_WINDOW_LOG;
  size_t charged = ((size_t) 1 << window_log) + ZSTD_STATE;
  bool too_large;
  int r;

  /* The decoder's state is charged for the window it may use
     (ZSTD_d_windowLogMax): a frame that declares a larger one stops it
     before it allocates, and it starts again with a larger limit.  */
  r = charge_add (b->charge, charged);
  if (r == DECOMP_ERROR)
    report_too_big (path, "the zstd decoder's memory");
  if (r != DECOMP_OK)
    return r;
  dctx = ZSTD_createDCtx ();
  if (!dctx)
    {
      klp_error (path, "out of memory");
      r = DECOMP_ERROR;
      goto out;
    }
  for (;;)
    {
      size_t more;

      ZSTD_DCtx_reset (dctx, ZSTD_reset_session_and_parameters);
      if (ZSTD_isError (ZSTD_DCtx_setParameter (dctx, ZSTD_d_windowLogMax,
						window_log)))
	{
	  klp_error (path, "cannot decompress: zstd decoder error");
	  r = DECOMP_ERROR;
	  goto out;
	}
      r = run_zstd (path, dctx, data, size, b, &too_large);
      if (r != DECOMP_OK || !too_large)
	goto out;
      if (window_log == ZSTD_MAX_WINDOW_LOG)
	{
	  klp_error (path, "cannot decompress: corrupt zstd data (a window "
		     "larger than 2 GiB)");
	  r = DECOMP_ERROR;
	  goto out;
	}
      more = (size_t) 1 << window_log;
      window_log++;
      r = charge_add (b->charge, more);
      if (r == DECOMP_ERROR)
	report_too_big (path, "the zstd decoder's memory");
      if (r != DECOMP_OK)
	goto out;
      charged += more;
    }

out:
  ZSTD_freeDCtx (dctx);
  charge_sub (b->charge, charged);
  return r;
}

/* ------------------------------------------------------------------ */
/* gzip (zlib).                                                       */
/* ------------------------------------------------------------------ */

/* The state of an inflater: its 32 KiB window and tables.  */
#define GZIP_STATE ((size_t) 64 << 10)

static int
decompress_gzip (const char *path, const void *data, size_t size,
		 struct outbuf *b)
{
  z_stream strm;
  int ret, r;

  r = charge_add (b->charge, GZIP_STATE);
  if (r == DECOMP_ERROR)
    report_too_big (path, "the gzip decoder's memory");
  if (r != DECOMP_OK)
    return r;
  memset (&strm, 0, sizeof strm);
  /* 16 + MAX_WBITS: the gzip wrapper only, not zlib's.  */
  if (inflateInit2 (&strm, 16 + MAX_WBITS) != Z_OK)
    {
      klp_error (path, "out of memory");
      charge_sub (b->charge, GZIP_STATE);
      return DECOMP_ERROR;
    }
  r = DECOMP_ERROR;
  strm.next_in = (Bytef *) data;
  if (size > UINT_MAX)
    {
      klp_error (path, "compressed file too large");
      goto out;
    }
  strm.avail_in = size;
  for (;;)
    {
      size_t room;

      if (b->size == b->alloc && (r = outbuf_grow (b)) != DECOMP_OK)
	goto out;
      r = DECOMP_ERROR;
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
	      goto out;
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
      goto out;
    }
  r = DECOMP_OK;

out:
  inflateEnd (&strm);
  charge_sub (b->charge, GZIP_STATE);
  return r;
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
   KLP_COMPRESSION_NONE), into a mapping stored in *OUT with the size of
   the output in *OUT_SIZE, and its own (what it holds of the budget) in
   *MAPPED.  More than
   the budget alone is an error (a guard against corrupt sizes and
   decompression bombs).  PATH is used in diagnostics.  Returns 0, or -1
   after reporting an error.  */
static int
decompress (const char *path, enum klp_compression method, const void *data,
	    size_t size, void **out, size_t *out_size, size_t *mapped)
{
  struct charge c = { 0, false };

  for (;;)
    {
      struct outbuf b;
      int r = outbuf_init (&b, path, guess_output_size (method, data, size),
			   &c);

      if (r == DECOMP_OK)
	switch (method)
	  {
	  case KLP_COMPRESSION_XZ:
	    r = decompress_xz (path, data, size, &b);
	    break;
	  case KLP_COMPRESSION_ZSTD:
	    r = decompress_zstd (path, data, size, &b);
	    break;
	  case KLP_COMPRESSION_GZIP:
	    r = decompress_gzip (path, data, size, &b);
	    break;
	  default:
	    klp_error (path, "internal error: no decompressor");
	    r = DECOMP_ERROR;
	    break;
	  }
      if (r == DECOMP_OK)
	{
	  outbuf_finish (&b, out, out_size, mapped);
	  charge_end_alone (&c);
	  return 0;
	}
      outbuf_free (&b);
      if (r == DECOMP_ERROR)
	{
	  charge_end_alone (&c);
	  return -1;
	}
      /* It did not fit beside the others: again, alone.  */
      charge_go_alone (&c);
    }
}

/* ------------------------------------------------------------------ */
/* Images.                                                            */
/* ------------------------------------------------------------------ */

void
klp_image_free (struct klp_image *image)
{
  struct charge c = { image->mapped, false };

  if (image->fd >= 0)
    close (image->fd);
  if (image->data)
    munmap (image->data, image->mapped);
  charge_sub (&c, image->mapped);
  image->fd = -1;
  image->data = NULL;
  image->size = 0;
  image->mapped = 0;
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
  image->mapped = 0;

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
  ret = decompress (path, method, map, size, &image->data, &image->size,
		    &image->mapped);
  munmap (map, size);

out:
  close (fd);
  return ret;
}
