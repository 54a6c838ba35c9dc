/* libFuzzer target: the symbol map and Module.symvers readers.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "symmap.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct klp_symmap *map;
  struct klp_symvers *symvers;

  klp_diag_set_handler (klp_diag_drop, NULL);
  map = klp_symmap_load_memory ("fuzz.klp", (const char *) data, size);
  if (map)
    {
      /* Walk every chain once: positions must be consistent.  */
      const struct klp_mapsym *s = klp_symmap_lookup (map, "state_show");
      for (; s; s = klp_mapsym_next (map, s))
	if (klp_mapsym_pos (map, s) == 0
	    || klp_mapsym_pos (map, s) > klp_mapsym_count (map, s))
	  abort ();
      klp_symmap_free (map);
    }
  symvers = klp_symvers_load_memory ("fuzz.symvers", (const char *) data,
				     size);
  if (symvers)
    {
      bool is_gpl;
      const char *module = klp_symvers_lookup_export (symvers, "printk",
						      &is_gpl);
      if (module && *module == '\0')
	abort ();
      klp_symvers_free (symvers);
    }
  return 0;
}
