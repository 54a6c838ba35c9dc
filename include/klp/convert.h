/* Conversion of a linked livepatch module into the kernel's klp format.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The passes, in order (see src/convert.c):
   1. read the annotations (.klp.module_relocs.<obj>) by walking their
      relocations;
   2. decide, for every undefined symbol that some relocation uses, whether
      it must become a klp symbol, and resolve its object and position
      (its .klp.sym name, an annotation, or a unique name in the map);
   3. check every result against the kernel's rules;
   4. move the relocations of those symbols into .klp.rela.<obj>.<sec>
      sections, rename the symbols and mark them SHN_LIVEPATCH;
   5. remove the annotation sections, their relocations and symbols.
   Passes 1 to 3 change nothing, so a caller can run them alone
   (klp_convert_check) to learn before the output exists whether the
   conversion will succeed.  */

#ifndef KLP_CONVERT_H
#define KLP_CONVERT_H

#include <stdbool.h>

#include "elfobj.h"
#include "symmap.h"

struct klp_convert_options
{
  const struct klp_symmap *map;		/* May be NULL.  */
  const struct klp_symvers *symvers;	/* May be NULL.  */
  /* Refuse a module whose .modinfo lacks "livepatch=Y".  */
  bool require_livepatch_modinfo;
  /* Names that another input of the same link defines (the plugin's
     final-link check runs on one input of several): such undefined
     symbols are not converted.  May be NULL.  */
  bool (*is_defined_elsewhere) (void *data, const char *name);
  void *defined_elsewhere_data;
};

/* Check that ELF can be converted: passes 1 to 3.  Every problem is
   reported.  Returns 0 or -1.  */
int klp_convert_check (struct klp_elf *elf,
		       const struct klp_convert_options *opts);

/* Convert ELF in memory: passes 1 to 5.  Returns the number of
   relocations converted (0: nothing to do), or -1 after reporting.  */
long klp_convert (struct klp_elf *elf, const struct klp_convert_options *opts);

/* Read INPUT, convert it and write OUTPUT (which may be INPUT) atomically.
   Returns 0 or -1; on error OUTPUT is untouched.  */
int klp_convert_file (const char *input, const char *output,
		      const struct klp_convert_options *opts);

/* Parse ".klp.sym.<obj>.<name>,<pos>".  On success fill the caller's
   buffers (OBJ at least KLP_OBJNAME_MAX + 1 bytes, NAME at least
   KLP_SYMNAME_MAX + 1) and return true.  */
bool klp_parse_sym_name (const char *symname, char *obj, char *name,
			 unsigned long *pos);

#endif /* KLP_CONVERT_H */
