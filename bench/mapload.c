/* mapload: load a symbol map and do nothing else: the floor that
   klp-convert's benchmark compares against.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdio.h>

#include "diag.h"
#include "symmap.h"

int
main (int argc, char **argv)
{
  struct klp_symmap *map;

  klp_diag_set_program ("mapload");
  if (argc != 2)
    {
      fprintf (stderr, "usage: mapload MAP\n");
      return 2;
    }
  map = klp_symmap_load (argv[1]);
  if (!map)
    return 1;
  printf ("%zu symbols in %zu objects\n", klp_symmap_nsyms (map),
	  klp_symmap_nobjs (map));
  klp_symmap_free (map);
  return 0;
}
