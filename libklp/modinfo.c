/* The kernel's module metadata: .modinfo entries and the module's name.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "modinfo.h"

const char *
klp_modinfo_get (const char *data, size_t size, const char *key, size_t *len)
{
  size_t klen = strlen (key);
  const char *p = data, *end = data ? data + size : data;

  while (p && p < end)
    {
      const char *nul = memchr (p, '\0', end - p);
      size_t n;

      if (!nul)
	break;
      n = nul - p;
      if (n > klen && memcmp (p, key, klen) == 0 && p[klen] == '=')
	{
	  *len = n - klen - 1;
	  return p + klen + 1;
	}
      p = nul + 1;
    }
  return NULL;
}

bool
klp_modinfo_is_livepatch (const char *data, size_t size)
{
  size_t len;
  const char *value = klp_modinfo_get (data, size, "livepatch", &len);

  return value && len == 1 && value[0] == 'Y';
}

bool
klp_modinfo_is_terminated (const char *data, size_t size)
{
  return size == 0 || data[size - 1] == '\0';
}

/* Remove SUFFIX from the end of S[*LEN], if it is there.  */
static void
strip_suffix (const char *s, size_t *len, const char *suffix)
{
  size_t n = strlen (suffix);

  if (*len > n && memcmp (s + *len - n, suffix, n) == 0)
    *len -= n;
}

char *
klp_module_name (const char *path, const char *modinfo, size_t size)
{
  static const char *const compression[] = { ".xz", ".zst", ".gz" };
  const char *base, *value;
  size_t len;
  char *name;

  value = klp_modinfo_get (modinfo, size, "name", &len);
  if (value && len > 0)
    {
      name = klp_xmalloc (path, len + 1);
      if (name)
	{
	  memcpy (name, value, len);
	  name[len] = '\0';
	}
      return name;
    }
  base = strrchr (path, '/');
  base = base ? base + 1 : path;
  len = strlen (base);
  for (size_t i = 0; i < sizeof compression / sizeof *compression; i++)
    {
      size_t before = len;
      strip_suffix (base, &len, compression[i]);
      if (len != before)
	break;
    }
  strip_suffix (base, &len, ".ko");
  name = klp_xmalloc (path, len + 1);
  if (!name)
    return NULL;
  for (size_t i = 0; i < len; i++)
    name[i] = base[i] == '-' || base[i] == ',' ? '_' : base[i];
  name[len] = '\0';
  return name;
}
