/* The kernel's module metadata: .modinfo entries and the module's name.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "modinfo.h"
#include "strutil.h"

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

char *
klp_module_name_from_file (char *file)
{
  static const char *const suffixes[] = { ".xz", ".zst", ".gz" };
  char *base = strrchr (file, '/');

  base = base ? base + 1 : file;
  for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
    if (klp_has_suffix (base, suffixes[i]) && strcmp (base, suffixes[i]))
      {
	base[strlen (base) - strlen (suffixes[i])] = '\0';
	break;
      }
  if (klp_has_suffix (base, ".ko") && strcmp (base, ".ko"))
    base[strlen (base) - 3] = '\0';
  for (char *p = base; *p; p++)
    if (*p == '-' || *p == ',')
      *p = '_';
  return base;
}

char *
klp_module_name (const char *path, const char *modinfo, size_t size)
{
  const char *value;
  char *copy, *name;
  size_t len;

  value = klp_modinfo_get (modinfo, size, "name", &len);
  if (value && len > 0)
    return klp_xstrndup (path, value, len);
  copy = klp_xstrdup (path, path);
  if (!copy)
    return NULL;
  name = klp_module_name_from_file (copy);
  memmove (copy, name, strlen (name) + 1);
  return copy;
}
