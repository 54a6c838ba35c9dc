/* Conversion of a linked livepatch module into the kernel's klp format.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The passes, in order (see convert.c):
   1. read the annotations (.klp.module_relocs.<obj>, KLP_SYMPOS, and
      .klp.module_files.<obj>, KLP_SYMFILE) by walking their relocations,
      and index them by symbol;
   2. decide, for every symbol that some relocation uses, whether it must
      become a klp symbol: a '.klp.sym.<obj>.<name>,<pos>' or
      '.klp.sym.<obj>.<name>,@<file>' name (what the ld plugin writes), or
      an undefined symbol that is annotated, or that is not weak, not
      exported and not ignored by the module loader ('.TOC.');
   3. resolve the object and position of each: its .klp.sym name, an
      annotation, or a name that is unique among all objects of the map;
      a file (KLP_SYMFILE, or a ',@<file>' name) gives the position of the
      one symbol of that name and object whose source file in the map
      matches it;
   4. check every result against the kernel's rules (rules.h,
      shared with klp-check): names the kernel can parse, sections it can
      apply klp relocations to, zero relocation targets on x86_64,
      existing .klp.rela sections, modinfo livepatch=Y;
   5. move the relocations of those symbols that patch allocated sections
      into .klp.rela.<obj>.<sec> sections, rename the symbols and mark
      them SHN_LIVEPATCH;
   6. remove the annotation sections, their relocations and symbols.
   Passes 1 to 4 change nothing, so a caller can run them alone
   (klp_convert_check) to learn before the output exists whether the
   conversion will succeed.  Once the annotations are read, each pass
   skips what an earlier one found wrong and goes on, so that one run
   reports every problem, each once; passes 5 and 6 run only when no
   problem was found.

   Converting a module that was already converted changes nothing.  */

#ifndef KLP_CONVERT_H
#define KLP_CONVERT_H

#include <stdbool.h>

#include "elfobj.h"
#include "rules.h"		/* klp_parse_sym_name, for older callers.  */
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
  /* How the caller's user gives what a message asks for, in the
     caller's words (the core knows no command line); NULL: the message
     does not say.  MAP follows "give the target kernel's symbol map"
     (klp-convert: " with -s MAP"); SYMVERS follows "give
     Module.symvers" (" with -m FILE"); NO_MODINFO_CHECK ends the
     message about a module without modinfo livepatch=Y (", or use
     --no-modinfo-check").  */
  struct
  {
    const char *map;
    const char *symvers;
    const char *no_modinfo_check;
  } how;
};

/* Check that ELF can be converted: passes 1 to 4.  Every problem is
   reported.  Returns 0 or -1.  */
int klp_convert_check (struct klp_elf *elf,
		       const struct klp_convert_options *opts);

/* Convert ELF in memory: passes 1 to 6.  Returns the number of
   relocations moved into klp relocation sections (0: nothing to move),
   or -1 after reporting; on error the model may be partly edited and
   must not be written.  When verbose (klp_diag_set_verbose), reports
   one note per klp relocation section and symbol.  */
long klp_convert (struct klp_elf *elf, const struct klp_convert_options *opts);

/* Read INPUT, convert it and write OUTPUT (which may be INPUT) atomically.
   Returns 0 or -1; on error OUTPUT is untouched.  */
int klp_convert_file (const char *input, const char *output,
		      const struct klp_convert_options *opts);

#endif /* KLP_CONVERT_H */
