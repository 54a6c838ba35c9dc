/* The kernel's symbol lists: System.map and /proc/kallsyms.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Loading is done in passes:
   1. the file is read into one NUL-terminated buffer (a pipe or a file of
      /proc works too: they cannot be mapped) and checked for NUL bytes;
      its lines are counted, which sizes the symbol array once;
   2. each line is tokenised in place (separators become NULs, names point
      into the buffer), checked, and appended; module names are interned
      so that the lines of one module share one pointer.

   klp_kallsyms_select() reproduces scripts/kallsyms of Linux 6.1
   (read_symbol, is_ignored_symbol, symbol_valid, make_percpus_absolute,
   compare_symbols), whose output is the table /proc/kallsyms shows.  */

#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "hash.h"
#include "kallsyms.h"
#include "strutil.h"
#include "textfile.h"

/* The kernel's KSYM_NAME_LEN: scripts/kallsyms drops longer names.  */
#define KSYM_NAME_LEN 512

struct module_name
{
  struct klp_hnode node;
  const char *name;
};

struct klp_kallsyms
{
  char *path;
  char *buf;			/* The input, tokenised in place.  */
  struct klp_ksym *syms;
  size_t nsyms;
  struct module_name *modules;	/* Interned module names.  */
  size_t nmodules, modules_alloc;
  struct klp_htab module_names;
};

/* ------------------------------------------------------------------ */
/* Reading the file.                                                  */
/* ------------------------------------------------------------------ */

void
klp_kallsyms_free (struct klp_kallsyms *ks)
{
  if (!ks)
    return;
  klp_htab_free (&ks->module_names);
  free (ks->modules);
  free (ks->syms);
  free (ks->buf);
  free (ks->path);
  free (ks);
}

/* The interned copy of module name NAME (a string of the buffer).  The
   table holds pointers into MODULES, which therefore never moves: it is
   sized for one module per line.  */
static const char *
intern_module (struct klp_kallsyms *ks, const char *name)
{
  struct module_name *m;
  uint64_t h = klp_hash_str (name);

  klp_htab_for_each (&ks->module_names, h, m, struct module_name, node)
    if (strcmp (m->name, name) == 0)
      return m->name;
  m = &ks->modules[ks->nmodules++];
  m->name = name;
  klp_htab_add (&ks->module_names, h, &m->node);
  return name;
}

static bool
is_hex_digit (char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
	 || (c >= 'A' && c <= 'F');
}

static unsigned int
hex_value (char c)
{
  if (c <= '9')
    return c - '0';
  return (c | 0x20) - 'a' + 10;
}

#define LINE_SYNTAX "'ADDRESS TYPE NAME' or 'ADDRESS TYPE NAME<TAB>[MODULE]'"

/* Parse LINE (NUL-terminated, without its newline) of L.  */
static int
parse_line (struct klp_kallsyms *ks, const struct klp_lines *l, char *line)
{
  struct klp_ksym *s = &ks->syms[ks->nsyms];
  char *p = line, *name, *module = NULL;
  uint64_t addr = 0;
  int digits = 0;

  if (*p == '\0')
    {
      klp_lines_error (l, "empty line");
      return -1;
    }
  for (; is_hex_digit (*p); p++, digits++)
    addr = addr << 4 | hex_value (*p);
  if (digits == 0 || *p != ' ')
    {
      klp_lines_error (l, "malformed line: expected %s", LINE_SYNTAX);
      return -1;
    }
  if (digits > 16)
    {
      klp_lines_error (l, "address '%.*s' has more than 64 bits",
		  digits, line);
      return -1;
    }
  p++;
  if (!(isalpha ((unsigned char) *p) || *p == '?') || p[1] != ' ')
    {
      klp_lines_error (l, "malformed line: expected %s (TYPE is one "
		  "letter)", LINE_SYNTAX);
      return -1;
    }
  s->type = *p;
  p += 2;
  name = p;
  while (*p && !klp_is_space (*p))
    p++;
  if (p == name)
    {
      klp_lines_error (l, "empty symbol name");
      return -1;
    }
  if (*p == '\t' && p[1] == '[')
    {
      *p = '\0';
      module = p + 2;
      p = strchr (module, ']');
      if (!p || p == module || p[1] != '\0'
	  || module + strcspn (module, " \t\v\f\r[") < p)
	{
	  klp_lines_error (l, "malformed module name: expected "
		      "'<TAB>[MODULE]' at the end of the line");
	  return -1;
	}
      *p = '\0';
    }
  else if (*p)
    {
      if (strstr (line, "The real System.map is in the"))
	klp_lines_error (l, "this is Debian's placeholder System.map: "
		    "the real one is in the package "
		    "linux-image-VERSION-dbg (or give a /proc/kallsyms "
		    "dump with --kallsyms)");
      else
	klp_lines_error (l, "malformed line: unexpected text after "
		    "the symbol name (expected %s)", LINE_SYNTAX);
      return -1;
    }
  s->addr = addr;
  s->name = name;
  s->file = NULL;
  s->module = module ? intern_module (ks, module) : NULL;
  ks->nsyms++;
  return 0;
}

/* Parse KS->buf, which holds SIZE bytes and a NUL.  */
static int
parse_buffer (struct klp_kallsyms *ks, size_t size)
{
  struct klp_lines l;
  size_t nlines;
  char *line;
  bool error;

  /* Pass 1.  */
  if (klp_lines_init (&l, ks->path, ks->buf, size, &nlines) < 0)
    return -1;
  if (nlines == 0)
    {
      klp_error_at (ks->path, 1, "empty file: not a System.map or kallsyms "
		    "file");
      return -1;
    }
  ks->syms = klp_xcalloc (ks->path, nlines, sizeof *ks->syms);
  ks->modules = klp_xcalloc (ks->path, nlines, sizeof *ks->modules);
  if (!ks->syms || !ks->modules)
    return -1;
  if (klp_htab_init (&ks->module_names, 256) < 0)
    {
      klp_error (ks->path, "out of memory");
      return -1;
    }

  /* Pass 2.  */
  while ((line = klp_lines_next (&l, &error)))
    if (parse_line (ks, &l, line) < 0)
      return -1;
  return error ? -1 : 0;
}

/* Load PATH, or the SIZE bytes at DATA when IN_MEMORY.  */
static struct klp_kallsyms *
load (const char *path, bool in_memory, const char *data, size_t size)
{
  struct klp_kallsyms *ks = klp_xcalloc (path, 1, sizeof *ks);

  if (!ks)
    return NULL;
  ks->path = klp_xstrdup (path, path);
  if (!ks->path
      || klp_load_text (path, in_memory, data, size, &ks->buf, &size) < 0
      || parse_buffer (ks, size) < 0)
    {
      klp_kallsyms_free (ks);
      return NULL;
    }
  return ks;
}

struct klp_kallsyms *
klp_kallsyms_load (const char *path)
{
  return load (path, false, NULL, 0);
}

struct klp_kallsyms *
klp_kallsyms_load_memory (const char *name, const char *data, size_t size)
{
  return load (name, true, data, size);
}

const struct klp_ksym *
klp_kallsyms_symbols (const struct klp_kallsyms *ks)
{
  return ks->syms;
}

size_t
klp_kallsyms_count (const struct klp_kallsyms *ks)
{
  return ks->nsyms;
}

bool
klp_kallsyms_has_modules (const struct klp_kallsyms *ks)
{
  return ks->nmodules > 0;
}

const char *
klp_kallsyms_path (const struct klp_kallsyms *ks)
{
  return ks->path;
}

/* ------------------------------------------------------------------ */
/* scripts/mksysmap and scripts/kallsyms.                             */
/* ------------------------------------------------------------------ */

bool
klp_is_mksysmap_excluded (const char *name, char type)
{
  /* $NM -n $1 | grep -v -e ' [aNUw] ' -e ' \$' -e ' \.L' -e ' __crc_'
     -e ' __kstrtab_' -e ' __kstrtabns_' -e ' L0$'  */
  return (type == 'a' || type == 'N' || type == 'U' || type == 'w'
	  || name[0] == '$' || klp_has_prefix (name, ".L")
	  || klp_has_prefix (name, "__crc_")
	  || klp_has_prefix (name, "__kstrtab_")
	  || klp_has_prefix (name, "__kstrtabns_")
	  || strcmp (name, "L0") == 0);
}

/* is_ignored_symbol() of scripts/kallsyms.c.  */
static bool
is_kallsyms_ignored (const char *name, char type)
{
  static const char *const ignored_symbols[] = {
    "kallsyms_addresses", "kallsyms_offsets", "kallsyms_relative_base",
    "kallsyms_num_syms", "kallsyms_names", "kallsyms_markers",
    "kallsyms_token_table", "kallsyms_token_index",
    "kallsyms_seqs_of_names", "_SDA_BASE_", "_SDA2_BASE_", NULL
  };
  static const char *const ignored_prefixes[] = {
    "__efistub_", "__kvm_nvhe_$", "__kvm_nvhe_.L", "__AArch64ADRPThunk_",
    "__ARMV5PILongThunk_", "__ARMV7PILongThunk_", "__ThumbV7PILongThunk_",
    "__LA25Thunk_", "__microLA25Thunk_", "__kcfi_typeid_", NULL
  };
  static const char *const ignored_suffixes[] = {
    "_from_arm", "_from_thumb", "_veneer", NULL
  };
  static const char *const ignored_matches[] = {
    ".long_branch.", ".plt_branch.", NULL
  };
  const char *const *p;

  for (p = ignored_symbols; *p; p++)
    if (strcmp (name, *p) == 0)
      return true;
  for (p = ignored_prefixes; *p; p++)
    if (klp_has_prefix (name, *p))
      return true;
  for (p = ignored_suffixes; *p; p++)
    if (klp_has_suffix (name, *p))
      return true;
  for (p = ignored_matches; *p; p++)
    if (strstr (name, *p))
      return true;
  if (type == 'U' || type == 'u' || type == 'N' || type == 'n')
    return true;
  if (toupper ((unsigned char) type) == 'A')
    return (strcmp (name, "__kernel_syscall_via_break") != 0
	    && strcmp (name, "__kernel_syscall_via_epc") != 0
	    && strcmp (name, "__kernel_sigtramp") != 0
	    && strcmp (name, "__gp") != 0);
  return false;
}

/* may_be_linker_script_provide_symbol() of scripts/kallsyms.c.  */
static bool
is_linker_provided_name (const char *name)
{
  size_t len = strlen (name);

  if (len < 8 || name[0] != '_' || name[1] != '_')
    return false;
  return (klp_has_prefix (name + 2, "start_")
	  || klp_has_prefix (name + 2, "stop_")
	  || klp_has_prefix (name + 2, "end_")
	  || klp_has_suffix (name, "_start") || klp_has_suffix (name, "_end"));
}

static bool
is_weak_type (char type)
{
  return type == 'w' || type == 'W';
}

/* compare_symbols() of scripts/kallsyms.c, on pointers into one array
   (whose order is the input order, its last criterion).  */
static int
compare_kallsyms (const void *a, const void *b)
{
  const struct klp_ksym *sa = *(const struct klp_ksym *const *) a;
  const struct klp_ksym *sb = *(const struct klp_ksym *const *) b;
  int wa, wb;
  size_t ua, ub;

  if (sa->addr != sb->addr)
    return sa->addr < sb->addr ? -1 : 1;
  wa = is_weak_type (sa->type);
  wb = is_weak_type (sb->type);
  if (wa != wb)
    return wa - wb;
  wa = is_linker_provided_name (sa->name);
  wb = is_linker_provided_name (sb->name);
  if (wa != wb)
    return wa - wb;
  ua = strspn (sa->name, "_");
  ub = strspn (sb->name, "_");
  if (ua != ub)
    return ua < ub ? -1 : 1;
  return sa < sb ? -1 : sa > sb;
}

struct addr_range
{
  const char *start_name, *end_name;
  uint64_t start, end;
};

static void
note_range (struct addr_range *r, const struct klp_ksym *s)
{
  if (strcmp (s->name, r->start_name) == 0)
    r->start = s->addr;
  else if (strcmp (s->name, r->end_name) == 0)
    r->end = s->addr;
}

static bool
is_in_range (const struct addr_range *r, uint64_t addr)
{
  return addr >= r->start && addr <= r->end;
}

int
klp_kallsyms_select (const char *path, struct klp_ksym *syms, size_t *nsyms,
		     enum klp_percpu_mode percpu)
{
  struct addr_range percpu_range = { "__per_cpu_start", "__per_cpu_end",
				     UINT64_MAX, 0 };
  const struct klp_ksym **order;
  struct klp_ksym *sorted;
  size_t i, n = 0;
  bool absolute;

  /* read_symbol: drop long names and ignored symbols; note the per-CPU
     range among the others.  (With --all-symbols, which
     CONFIG_KALLSYMS_ALL gives, symbol_valid keeps everything else.)  */
  for (i = 0; i < *nsyms; i++)
    {
      struct klp_ksym *s = &syms[i];

      if (strlen (s->name) >= KSYM_NAME_LEN
	  || is_kallsyms_ignored (s->name, s->type))
	continue;
      note_range (&percpu_range, s);
      syms[n++] = *s;
    }
  *nsyms = n;

  /* make_percpus_absolute.  */
  absolute = (percpu == KLP_PERCPU_ABSOLUTE
	      || (percpu == KLP_PERCPU_GUESS && percpu_range.start == 0
		  && percpu_range.end != 0));
  if (absolute)
    for (i = 0; i < n; i++)
      if (is_in_range (&percpu_range, syms[i].addr))
	syms[i].type = 'A';

  /* sort_symbols.  */
  if (n < 2)
    return 0;
  order = klp_xmalloc (path, n * sizeof *order);
  sorted = klp_xmalloc (path, n * sizeof *sorted);
  if (!order || !sorted)
    {
      free (order);
      free (sorted);
      return -1;
    }
  for (i = 0; i < n; i++)
    order[i] = &syms[i];
  qsort (order, n, sizeof *order, compare_kallsyms);
  for (i = 0; i < n; i++)
    sorted[i] = *order[i];
  memcpy (syms, sorted, n * sizeof *syms);
  free (sorted);
  free (order);
  return 0;
}
