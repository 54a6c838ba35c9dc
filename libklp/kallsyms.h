/* The kernel's symbol lists: System.map and /proc/kallsyms.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Both files have one symbol per line:
     ADDRESS TYPE NAME                 (vmlinux)
     ADDRESS TYPE NAME<TAB>[MODULE]    (a module; /proc/kallsyms only)
   ADDRESS is hexadecimal (all zeros when kptr_restrict hides it), TYPE
   one letter as nm(1) prints it (for modules, /proc/kallsyms prints it
   upper case exactly when the module exports the symbol with
   EXPORT_SYMBOL), NAME has no white space.

   They differ in what they list: System.map is "nm -n vmlinux" less what
   scripts/mksysmap leaves out; the kernel's own table, which /proc/kallsyms
   shows and which the livepatch core walks, is what scripts/kallsyms
   keeps of that list, in its order.  klp_kallsyms_select() computes the
   second from the first, so positions counted in its result are the
   kernel's.

   A loaded list owns its text: the names point into it and stay valid
   until klp_kallsyms_free().  */

#ifndef KLP_KALLSYMS_H
#define KLP_KALLSYMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One symbol of a list.  */
struct klp_ksym
{
  uint64_t addr;
  const char *name;
  const char *file;		/* Source file (STT_FILE), NULL if unknown;
				   text lists never know it.  */
  const char *module;		/* NULL for vmlinux.  In a loaded list, all
				   lines of one module share one pointer. */
  char type;			/* nm-style letter.  */
};

struct klp_kallsyms;

/* Load PATH, a System.map or a /proc/kallsyms dump (detected from its
   lines).  Reports "FILE:LINE: error: ..." (or "FILE: error: ..." when
   it cannot be read) and returns NULL on error, having freed
   everything.  */
struct klp_kallsyms *klp_kallsyms_load (const char *path);

/* Same, for SIZE bytes at BUF (copied); NAME stands for the file in
   diagnostics.  For fuzzers and tests.  */
struct klp_kallsyms *klp_kallsyms_load_memory (const char *name,
					       const char *buf, size_t size);

void klp_kallsyms_free (struct klp_kallsyms *ks);

/* The symbols, in the file's order, and how many there are.  */
const struct klp_ksym *klp_kallsyms_symbols (const struct klp_kallsyms *ks);
size_t klp_kallsyms_count (const struct klp_kallsyms *ks);

/* Whether any line names a module ("[MODULE]"): only /proc/kallsyms
   does.  */
bool klp_kallsyms_has_modules (const struct klp_kallsyms *ks);

const char *klp_kallsyms_path (const struct klp_kallsyms *ks);

/* Whether scripts/mksysmap leaves a symbol of nm type TYPE named NAME out
   of System.map (and so out of kallsyms).  */
bool klp_is_mksysmap_excluded (const char *name, char type);

/* How scripts/kallsyms is run: CONFIG_KALLSYMS_ABSOLUTE_PERCPU decides
   whether per-CPU symbols show as 'A'.  (CONFIG_KALLSYMS_ALL, which
   decides whether data symbols are kept, is always set: livepatch
   depends on it.)  */
enum klp_percpu_mode
{
  KLP_PERCPU_GUESS,		/* Absolute when the per-CPU area is linked
				   at address 0, as on x86_64 SMP, the only
				   configuration that sets the option.  */
  KLP_PERCPU_ABSOLUTE,
  KLP_PERCPU_RELATIVE
};

/* Turn SYMS[0..*NSYMS), a System.map list (vmlinux only, in "nm -n"
   order: by address, ties by name), into the kernel's kallsyms table,
   in place: drop what scripts/kallsyms drops, retype per-CPU symbols,
   and sort as it does (by address; at one address non-weak before weak,
   other symbols before linker-provided "__start_*"-like ones, fewer
   leading underscores first, then the input order).  Returns 0, or -1
   after reporting an out-of-memory error about PATH.  */
int klp_kallsyms_select (const char *path, struct klp_ksym *syms,
			 size_t *nsyms, enum klp_percpu_mode percpu);

#endif /* KLP_KALLSYMS_H */
