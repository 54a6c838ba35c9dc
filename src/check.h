/* Checking a livepatch module against the kernel's rules, as the module
   loader and the livepatch core would apply them when it loads.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   klp-check (src/klp-check.c) runs these passes in order, each on the
   state that klp_check_new() makes from a module and a description of
   the target kernel:
   1. klp_check_machine() (libklp/rules.h): a machine the kernel livepatches;
   2. klp_check_modinfo: modinfo "livepatch=Y";
   3. klp_check_annotations_applied: no annotation section is left (a
      module whose annotations were never applied: linked by a linker
      that ignored the libklp ld plugin, or without it, and never
      converted);
   4. klp_check_undefined_symbols: what the module loader's
      simplify_symbols() does with every symbol: an undefined symbol that
      is not weak must be exported ("Unknown symbol");
   5. klp_check_klp_sections: every klp relocation section: its name,
      type, flags, sh_link and sh_info, the symbols its relocations use
      (SHN_LIVEPATCH, names the kernel parses, no vmlinux symbol in a
      module-specific section), the sections it may patch, and on x86_64
      the relocation types and zero targets;
   6. klp_check_ordinary_relocations: no ordinary relocation of an
      allocated section uses a klp symbol (the loader would apply it with
      the symbol's value still 0);
   7. klp_check_klp_symbols: every klp symbol that a klp relocation uses
      resolves as klp_find_object_symbol() resolves it: found, unique for
      position 0, a position within the count.
   The rules themselves are in libklp/rules.h, shared with klp-convert.
   Each pass reports every problem it finds, each once, quoting the
   kernel's message where the kernel prints one, and returns 0, or -1
   when it found a problem.  What the target description cannot tell
   (an object it does not describe, an export it does not know) is
   reported as a warning and counted (klp_check_unjudged), not as a
   problem.  */

#ifndef KLP_CHECK_H
#define KLP_CHECK_H

#include <stddef.h>

#include "elfobj.h"
#include "objsyms.h"
#include "symmap.h"

/* What is known of the target kernel.  The caller owns everything.  */
struct klp_target
{
  /* A symbol map (klp-symbols(5) or the patchset's format), or NULL.  */
  const struct klp_symmap *map;
  /* Or the objects of a /proc/kallsyms dump or System.map
     (klp_objsyms_from_kallsyms), and the list's path for messages.  */
  struct klp_objsyms *const *objs;
  size_t nobjs;
  const char *list_path;
  /* Module.symvers, or NULL: the names it lists are exported.  */
  const struct klp_symvers *symvers;
};

struct klp_check;

/* The state of the passes over ELF, for TARGET (both must outlive it).
   Returns NULL after reporting an error (out of memory).  */
struct klp_check *klp_check_new (struct klp_elf *elf,
				 const struct klp_target *target);
void klp_check_free (struct klp_check *c);

/* The passes 2 to 7 (see above).  */
int klp_check_modinfo (struct klp_check *c);
int klp_check_annotations_applied (struct klp_check *c);
int klp_check_undefined_symbols (struct klp_check *c);
int klp_check_klp_sections (struct klp_check *c);
int klp_check_ordinary_relocations (struct klp_check *c);
int klp_check_klp_symbols (struct klp_check *c);

/* How many symbols the passes could not judge (warnings).  */
size_t klp_check_unjudged (const struct klp_check *c);

/* How many klp relocation sections pass 5 looked at, and how many klp
   symbols pass 7 resolved; the file that describes the target kernel
   (the map, or the kallsyms dump or System.map).  */
size_t klp_check_klp_section_count (const struct klp_check *c);
size_t klp_check_klp_symbol_count (const struct klp_check *c);
const char *klp_check_target_path (const struct klp_check *c);

#endif /* KLP_CHECK_H */
