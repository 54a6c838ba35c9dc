/* Diagnostics of the libklp core.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <libelf.h>

#include "diag.h"

static const char *program = "libklp";
static klp_diag_handler handler;
static void *handler_data;
static bool verbose;

void
klp_diag_set_program (const char *name)
{
  program = name;
}

void
klp_diag_set_handler (klp_diag_handler h, void *data)
{
  handler = h;
  handler_data = data;
}

void
klp_diag_drop (void *data, enum klp_severity severity, const char *file,
	       const char *message)
{
  (void) data, (void) severity, (void) file, (void) message;
}

void
klp_diag_set_verbose (bool v)
{
  verbose = v;
}

void
klp_diag_print (void *data, enum klp_severity severity, const char *file,
		const char *message)
{
  static const char *const words[] = {
    [KLP_NOTE] = "", [KLP_WARNING] = "warning: ", [KLP_ERROR] = "error: ",
  };

  (void) data;
  fflush (stdout);
  if (file)
    fprintf (stderr, "%s: %s: %s%s\n", program, file, words[severity],
	     message);
  else
    fprintf (stderr, "%s: %s%s\n", program, words[severity], message);
}

/* ------------------------------------------------------------------ */
/* Text that grows, or that fills a fixed buffer and is cut short.    */
/* ------------------------------------------------------------------ */

/* The diagnostics allocate with malloc itself: the checked allocators
   report their failures through them.  When memory is short, a message
   is cut short, never lost.  */
struct text
{
  char *p;
  size_t len, cap;
  bool fixed;			/* P is the caller's: never grown.  */
};

static void
text_put (struct text *t, const char *s, size_t n)
{
  if (t->len + n + 1 > t->cap && !t->fixed)
    {
      size_t cap = t->cap ? t->cap : 256;
      char *p;

      while (cap < t->len + n + 1 && cap < SIZE_MAX / 2)
	cap *= 2;
      p = realloc (t->p, cap);
      if (p)
	{
	  t->p = p;
	  t->cap = cap;
	}
    }
  if (t->cap == 0)
    return;
  if (t->len + n + 1 > t->cap)
    n = t->cap - 1 - t->len;
  memcpy (t->p + t->len, s, n);
  t->len += n;
  t->p[t->len] = '\0';
}

static void
text_putc (struct text *t, char c)
{
  text_put (t, &c, 1);
}

/* The length of the UTF-8 sequence of a printable character at S (N
   bytes left), or 0: not valid UTF-8 (overlong, a surrogate, beyond
   U+10FFFF, cut short), or a C1 control (U+0080 to U+009F).  */
static size_t
utf8_printable (const unsigned char *s, size_t n)
{
  size_t len;
  unsigned long c;

  if (s[0] >= 0xc2 && s[0] <= 0xdf)
    len = 2, c = s[0] & 0x1f;
  else if (s[0] >= 0xe0 && s[0] <= 0xef)
    len = 3, c = s[0] & 0x0f;
  else if (s[0] >= 0xf0 && s[0] <= 0xf4)
    len = 4, c = s[0] & 0x07;
  else
    return 0;
  if (len > n)
    return 0;
  for (size_t i = 1; i < len; i++)
    {
      if ((s[i] & 0xc0) != 0x80)
	return 0;
      c = c << 6 | (s[i] & 0x3f);
    }
  if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) || c > 0x10ffff
      || (c >= 0xd800 && c <= 0xdfff) || c < 0xa0)
    return 0;
  return len;
}

/* Append the N bytes at S as messages show them, at most MAX of them.  */
static void
put_shown (struct text *t, const char *str, size_t n, size_t max)
{
  const unsigned char *s = (const unsigned char *) str;
  size_t i = 0;

  while (i < n)
    {
      size_t len = s[i] >= 0x80 ? utf8_printable (s + i, n - i) : 1;

      if (i + (len ? len : 1) > max)
	{
	  text_put (t, "...", 3);
	  return;
	}
      if (s[i] == '\\')
	text_put (t, "\\\\", 2);
      else if (len > 1 || (s[i] >= 0x20 && s[i] < 0x7f))
	text_put (t, str + i, len);
      else
	{
	  char esc[8];

	  snprintf (esc, sizeof esc, "\\%03o", s[i]);
	  text_put (t, esc, 4);
	  len = 1;
	}
      i += len;
    }
}

char *
klp_quote (char *buf, size_t size, const char *s, size_t max)
{
  struct text t = { buf, 0, size, true };

  if (size)
    buf[0] = '\0';
  put_shown (&t, s, strlen (s), max);
  return buf;
}

/* ------------------------------------------------------------------ */
/* Formatting: printf's conversions, with the strings shown.          */
/* ------------------------------------------------------------------ */

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

/* Format one conversion SPEC (NUL-terminated, as printf takes it) of the
   value V, with the width W and precision P that SPEC takes from the
   arguments ('*') when NSTAR says how many.  */
#define PUT_CONVERSION(t, spec, nstar, w, p, v)				\
  do									\
    {									\
      char small_[64];							\
      int n_;								\
      if ((nstar) == 2)							\
	n_ = snprintf (small_, sizeof small_, (spec), (w), (p), (v));	\
      else if ((nstar) == 1)						\
	n_ = snprintf (small_, sizeof small_, (spec), (w), (v));	\
      else								\
	n_ = snprintf (small_, sizeof small_, (spec), (v));		\
      if (n_ >= 0 && (size_t) n_ < sizeof small_)			\
	text_put ((t), small_, n_);					\
      else if (n_ >= 0)							\
	{								\
	  char *big_ = malloc ((size_t) n_ + 1);			\
	  if (big_)							\
	    {								\
	      if ((nstar) == 2)						\
		snprintf (big_, n_ + 1, (spec), (w), (p), (v));		\
	      else if ((nstar) == 1)					\
		snprintf (big_, n_ + 1, (spec), (w), (v));		\
	      else							\
		snprintf (big_, n_ + 1, (spec), (v));			\
	      text_put ((t), big_, n_);					\
	      free (big_);						\
	    }								\
	}								\
    }									\
  while (0)

/* Format FMT with the arguments AP into T, as vsnprintf would, but with
   every string argument shown as put_shown shows it ('%-s': as it is).
   The conversions are C99's ('%n' excepted).  */
static void
format_message (struct text *t, const char *fmt, va_list ap)
{
  const char *f = fmt;

  while (*f)
    {
      const char *start = f, *pct = strchr (f, '%');
      char spec[32];
      size_t speclen;
      bool minus = false, has_precision = false;
      int nstar = 0, w = 0, p = -1, stars[2] = { 0, 0 };
      enum { NONE, HH, H, L, LL, Z, J, T, LD } len = NONE;

      if (!pct)
	{
	  text_put (t, f, strlen (f));
	  return;
	}
      text_put (t, start, pct - start);
      f = pct + 1;
      /* Flags, width, precision, length.  */
      while (*f && strchr ("-+ #0", *f))
	minus |= *f++ == '-';
      if (*f == '*')
	{
	  stars[nstar++] = va_arg (ap, int);
	  f++;
	}
      else
	while (*f >= '0' && *f <= '9')
	  f++;
      if (*f == '.')
	{
	  has_precision = true;
	  f++;
	  if (*f == '*')
	    {
	      stars[nstar++] = va_arg (ap, int);
	      p = stars[nstar - 1];
	      f++;
	    }
	  else
	    {
	      p = 0;
	      while (*f >= '0' && *f <= '9')
		p = p * 10 + (*f++ - '0');
	    }
	}
      switch (*f)
	{
	case 'h':
	  len = f[1] == 'h' ? HH : H;
	  f += f[1] == 'h' ? 2 : 1;
	  break;
	case 'l':
	  len = f[1] == 'l' ? LL : L;
	  f += f[1] == 'l' ? 2 : 1;
	  break;
	case 'z':
	  len = Z;
	  f++;
	  break;
	case 'j':
	  len = J;
	  f++;
	  break;
	case 't':
	  len = T;
	  f++;
	  break;
	case 'L':
	  len = LD;
	  f++;
	  break;
	default:
	  break;
	}
      if (!*f)
	return;
      speclen = f + 1 - pct;
      if (speclen >= sizeof spec)
	speclen = sizeof spec - 1;
      memcpy (spec, pct, speclen);
      spec[speclen] = '\0';
      /* The arguments that the stars take come first, in order.  */
      w = stars[0];
      if (nstar == 2)
	p = stars[1];
      switch (*f++)
	{
	case '%':
	  text_putc (t, '%');
	  break;
	case 's':
	  {
	    const char *s = va_arg (ap, const char *);
	    size_t n;

	    if (!s)
	      s = "(null)";
	    n = has_precision && p >= 0 ? strnlen (s, p) : strlen (s);
	    if (minus && !has_precision && nstar == 0 && speclen == 3)
	      text_put (t, s, n);
	    else
	      put_shown (t, s, n, KLP_DIAG_MAX_STRING);
	  }
	  break;
	case 'c':
	  {
	    char c = (char) va_arg (ap, int);
	    put_shown (t, &c, 1, 1);
	  }
	  break;
	case 'd':
	case 'i':
	  switch (len)
	    {
	    case L:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, long));
	      break;
	    case LL:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, long long));
	      break;
	    case Z:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, ssize_t));
	      break;
	    case J:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, intmax_t));
	      break;
	    case T:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, ptrdiff_t));
	      break;
	    default:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, int));
	      break;
	    }
	  break;
	case 'u':
	case 'o':
	case 'x':
	case 'X':
	  switch (len)
	    {
	    case L:
	      PUT_CONVERSION (t, spec, nstar, w, p,
			      va_arg (ap, unsigned long));
	      break;
	    case LL:
	      PUT_CONVERSION (t, spec, nstar, w, p,
			      va_arg (ap, unsigned long long));
	      break;
	    case Z:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, size_t));
	      break;
	    case J:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, uintmax_t));
	      break;
	    case T:
	      PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, ptrdiff_t));
	      break;
	    default:
	      PUT_CONVERSION (t, spec, nstar, w, p,
			      va_arg (ap, unsigned int));
	      break;
	    }
	  break;
	case 'p':
	  PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, void *));
	  break;
	case 'e':
	case 'E':
	case 'f':
	case 'F':
	case 'g':
	case 'G':
	case 'a':
	case 'A':
	  if (len == LD)
	    PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, long double));
	  else
	    PUT_CONVERSION (t, spec, nstar, w, p, va_arg (ap, double));
	  break;
	default:
	  /* '%n' and what printf does not know: shown, nothing taken.  */
	  text_put (t, pct, f - pct);
	  break;
	}
    }
}

#pragma GCC diagnostic pop

/* ------------------------------------------------------------------ */
/* Reporting.                                                         */
/* ------------------------------------------------------------------ */

void
klp_diag_emit (enum klp_severity severity, const char *file,
	       const char *message)
{
  if (handler)
    handler (handler_data, severity, file, message);
  else
    klp_diag_print (NULL, severity, file, message);
}

/* Report FMT and AP about WHERE (already shown as messages show files;
   may be NULL).  */
static void
report (enum klp_severity severity, const char *where, const char *fmt,
	va_list ap)
{
  char fallback[1024];
  struct text t = { NULL, 0, 0, false };

  if (severity == KLP_NOTE && !verbose)
    return;
  /* Messages have no length limit (a candidate list can be long); when
     memory is short, say what fits.  */
  format_message (&t, fmt, ap);
  if (!t.p)
    {
      fallback[0] = '\0';
      t = (struct text) { fallback, 0, sizeof fallback, true };
      text_put (&t, "(out of memory while formatting a message)", 43);
    }
  klp_diag_emit (severity, where, t.p);
  if (t.p != fallback)
    free (t.p);
}

/* FILE, shown as messages show it, then SUFFIX: in BUF if it fits, else
   malloc'd (*OWNED set to it).  */
static const char *
show_file (const char *file, const char *suffix, char *buf, size_t size,
	   char **owned)
{
  struct text t = { NULL, 0, 0, false };

  *owned = NULL;
  if (!file)
    return NULL;
  put_shown (&t, file, strlen (file), SIZE_MAX);
  text_put (&t, suffix, strlen (suffix));
  if (t.p)
    return *owned = t.p;
  klp_quote (buf, size, file, SIZE_MAX);
  return buf;
}

void
klp_diag (enum klp_severity severity, const char *file, const char *fmt, ...)
{
  char buf[PATH_MAX], *owned;
  const char *where;
  va_list ap;

  if (severity == KLP_NOTE && !verbose)
    return;
  where = show_file (file, "", buf, sizeof buf, &owned);
  va_start (ap, fmt);
  report (severity, where, fmt, ap);
  va_end (ap);
  free (owned);
}

void
klp_verror_at (const char *file, size_t line, const char *fmt, va_list ap)
{
  char buf[PATH_MAX + 32], suffix[32], *owned;
  const char *where;

  snprintf (suffix, sizeof suffix, ":%zu", line);
  where = show_file (file, suffix, buf, sizeof buf, &owned);
  report (KLP_ERROR, where, fmt, ap);
  free (owned);
}

void
klp_error_at (const char *file, size_t line, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  klp_verror_at (file, line, fmt, ap);
  va_end (ap);
}

void
klp_error_elf (const char *file, const char *what)
{
  klp_error (file, "%s: %s", what, elf_errmsg (-1));
}
