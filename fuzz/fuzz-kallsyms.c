/* libFuzzer target: the System.map and /proc/kallsyms reader, and the
   selection of the kernel's kallsyms table from a System.map list.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "kallsyms.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct klp_kallsyms *ks;
  const struct klp_ksym *syms;
  struct klp_ksym *copy;
  size_t n, kept;

  klp_diag_set_handler (klp_diag_drop, NULL);
  ks = klp_kallsyms_load_memory ("fuzz.map", (const char *) data, size);
  if (!ks)
    return 0;
  syms = klp_kallsyms_symbols (ks);
  n = klp_kallsyms_count (ks);
  /* Every symbol has a name and a type; module names only in lists that
     say they have modules.  */
  for (size_t i = 0; i < n; i++)
    if (!syms[i].name || !syms[i].type
	|| (syms[i].module && !klp_kallsyms_has_modules (ks)))
      abort ();
  /* The selection, as objsyms.c runs it on a System.map, in each
     per-CPU mode: it keeps a subset of the symbols.  */
  copy = !klp_kallsyms_has_modules (ks) && n > 0
	   ? malloc (n * sizeof *copy) : NULL;
  for (int mode = KLP_PERCPU_GUESS; copy && mode <= KLP_PERCPU_RELATIVE;
       mode++)
    {
      memcpy (copy, syms, n * sizeof *copy);
      kept = n;
      if (klp_kallsyms_select ("fuzz.map", copy, &kept, mode) != 0)
	continue;
      if (kept > n)
	abort ();
      for (size_t i = 0; i < kept; i++)
	if (!copy[i].name)
	  abort ();
    }
  free (copy);
  klp_kallsyms_free (ks);
  return 0;
}
