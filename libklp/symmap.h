/* Symbol maps: which objects of the target kernel define which names.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   One interface reads every supported format, detected from the first
   line:
   - libklp's own map format, klp-symbols(5):
       klp-symbols-map<TAB>1
       object<TAB>vmlinux
       T<TAB>start_kernel<TAB>-<TAB>-
       t<TAB>state_show<TAB>-<TAB>kernel/power/main.c
       T<TAB>printk<TAB>E<TAB>-
       ...
     which gives each symbol's nm-style type, export flag and (for local
     symbols, when known) source file;
   - the kernel klp-convert patchset's "klp-convert-symbol-data.0.1":
       klp-convert-symbol-data.0.1
       *vmlinux
       name
       __ksymtab_name        (marks 'name' as exported in that object)
       *module
       ...
     where every symbol has type '?' and no file, and module names are
     turned into the kernel's object names ('-' becomes '_').
   Positions: the Nth symbol named X in an object has position N (1-based),
   in the map's order, which is the order the kernel counts in (address
   order for vmlinux, symbol table order for a module).

   Module.symvers files give export information: exported names are
   resolved by the module loader and stay ordinary relocations.

   Loading is linear in the size of the input: the file is read into one
   buffer and tokenised in place, and every name is in one hash table of
   offsets into it; a map takes at most twice the memory of its file
   (see symmap.c).  The map owns everything it returns; all of it stays
   valid until klp_symmap_free().  */

#ifndef KLP_SYMMAP_H
#define KLP_SYMMAP_H

#include <stdbool.h>
#include <stddef.h>

#include "hash.h"

struct klp_mapobj
{
  const char *name;		/* "vmlinux" or a module name.  */
  size_t nsyms;
};

/* One symbol of the map, an opaque handle read through the accessors
   below (the map stores symbols compactly: a map of every module of a
   distribution kernel has millions of them).  */
struct klp_mapsym;

struct klp_symmap;

/* Whether a map can carry NAME as a symbol name: a klp symbol name
   (klp_find_symname_problem, rules.h) without white space, which
   separates a map's fields.  The map readers refuse other names, and
   klp-symbols leaves them out.  */
bool klp_is_map_symname (const char *name);

/* Load a map in any supported format (detected from its first line).
   Reports "FILE:LINE: error: ..." (or "FILE: error: ..." when the file
   cannot be read) and returns NULL on error, having freed everything.  */
struct klp_symmap *klp_symmap_load (const char *path);

/* Same, for SIZE bytes at BUF (copied: BUF need not be NUL-terminated
   and may be freed after the call); NAME stands for the file in
   diagnostics and in klp_symmap_path().  For fuzzers and tests.  */
struct klp_symmap *klp_symmap_load_memory (const char *name, const char *buf,
					   size_t size);

void klp_symmap_free (struct klp_symmap *map);

/* The first symbol named NAME in map order, or NULL.  */
const struct klp_mapsym *klp_symmap_lookup (const struct klp_symmap *map,
					    const char *name);

/* Accessors.  SYM comes from klp_symmap_lookup or klp_mapsym_next on the
   same MAP.  */

/* The next symbol of the same name (any object) in map order, or NULL. */
const struct klp_mapsym *klp_mapsym_next (const struct klp_symmap *map,
					  const struct klp_mapsym *sym);
const char *klp_mapsym_name (const struct klp_symmap *map,
			     const struct klp_mapsym *sym);
/* The name of the object that has SYM ("vmlinux" or a module).  */
const char *klp_mapsym_object (const struct klp_symmap *map,
			       const struct klp_mapsym *sym);
/* The source file, or NULL if unknown.  */
const char *klp_mapsym_file (const struct klp_symmap *map,
			     const struct klp_mapsym *sym);
/* 1-based position among the same-named symbols of its object, and
   their number.  */
unsigned int klp_mapsym_pos (const struct klp_symmap *map,
			     const struct klp_mapsym *sym);
unsigned int klp_mapsym_count (const struct klp_symmap *map,
			       const struct klp_mapsym *sym);
/* nm-style type letter, '?' if unknown.  */
char klp_mapsym_type (const struct klp_symmap *map,
		      const struct klp_mapsym *sym);
/* Whether its object exports it (old format: exports that name, so
   every symbol of that name in the object is marked).  */
bool klp_mapsym_exported (const struct klp_symmap *map,
			  const struct klp_mapsym *sym);

/* The object named NAME, or NULL.  */
const struct klp_mapobj *klp_symmap_object (const struct klp_symmap *map,
					    const char *name);

/* Whether any object of the map exports NAME.  */
bool klp_symmap_is_exported (const struct klp_symmap *map, const char *name);

/* Number of symbols and objects, and the path it was read from.  */
size_t klp_symmap_nsyms (const struct klp_symmap *map);
size_t klp_symmap_nobjs (const struct klp_symmap *map);
const char *klp_symmap_path (const struct klp_symmap *map);

/* Module.symvers, as modpost writes it since Linux 5.10 (the namespace
   field is empty or absent when the symbol has none):
     0xCRC<TAB>NAME<TAB>MODULE<TAB>EXPORT_TYPE[<TAB>NAMESPACE]
   MODULE is "vmlinux" or the module's path without ".ko".  Errors are
   reported as for maps.  */
struct klp_symvers;
struct klp_symvers *klp_symvers_load (const char *path);
struct klp_symvers *klp_symvers_load_memory (const char *name,
					     const char *buf, size_t size);
void klp_symvers_free (struct klp_symvers *symvers);
/* The object exporting NAME, as the kernel names it: "vmlinux", or the
   module's KBUILD_MODNAME (klp_module_name_from_file:
   "drivers/md/dm-mod" gives "dm_mod"); NULL if NAME is not exported.  */
const char *klp_symvers_lookup (const struct klp_symvers *symvers,
				const char *name);
/* Same, and store in *IS_GPL whether the export type is a GPL one
   (EXPORT_SYMBOL_GPL).  */
const char *klp_symvers_lookup_export (const struct klp_symvers *symvers,
				       const char *name, bool *is_gpl);

#endif /* KLP_SYMMAP_H */
