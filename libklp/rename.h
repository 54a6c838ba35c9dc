/* Renaming annotated undefined symbols, one object at a time: the core of
   the ld plugin.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   An annotation KLP_SYMPOS(state_show, 2) in section
   ".klp.module_relocs.vmlinux" of an object says which 'state_show' that
   object means.  When several objects are linked into one (ld -r), their
   undefined 'state_show' symbols would become one symbol, and the
   positions of two objects could no longer be told apart.  So, before the
   link, each such undefined symbol of each object is renamed
   ".klp.sym.vmlinux.state_show,2": a relocation names its symbol by index,
   so every relocation of the object (code, data, the annotation entry
   itself) follows the new name, and objects that disagree get distinct
   symbols.  klp-convert later reads the position back from the name.

   The passes, in order (see src/rename.c):
   1. inspect an input from its headers only (klp_inspect_input): whether
      it is an ELF64 relocatable object, LTO IR, whether it has
      annotation sections, a module's .gnu.linkonce.this_module or a
      .modinfo section, where its symbol table is; this is all the plugin
      reads of inputs that need nothing, so that it costs next to nothing
      there (klp_scan_defined_globals then reads an input's global
      definitions from its symbol table alone);
   2. plan (klp_plan_renames): read the annotations, check them (the
      symbol must be undefined and global, one object gives one symbol one
      position in one target object, names the kernel can parse) and
      decide the new names; symbols already named .klp.sym.* are left as
      they are when they agree with their annotation;
   3. apply (klp_apply_renames): rename the symbols in the model; the
      caller writes the model with klp_elf_write().
   Planning changes nothing, so a caller can plan, learn that nothing is
   to be done, and leave the object alone.  */

#ifndef KLP_RENAME_H
#define KLP_RENAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "elfobj.h"

/* What the headers of an input say.  */
struct klp_input_info
{
  bool is_elf;			/* Starts with the ELF magic.  */
  bool is_elf64_rel;		/* An ELF64 ET_REL object the model reads. */
  bool is_lto;			/* Has .gnu.lto_* sections (LTO IR).  */
  bool has_annotations;		/* Has .klp.module_relocs.* sections.  */
  bool has_this_module;		/* Has .gnu.linkonce.this_module.  */
  bool has_modinfo;		/* Has .modinfo.  */
  uint64_t modinfo_offset;	/* Where .modinfo is, from the input's */
  uint64_t modinfo_size;	/* start (0 when there is none).  */
  uint64_t symtab_offset;	/* The symbol table (the first SHT_SYMTAB) */
  uint64_t symtab_size;		/* and its string table, from the input's */
  uint64_t strtab_offset;	/* start (sizes 0 when there is none or */
  uint64_t strtab_size;		/* they lie outside the input).  */
  unsigned char data;		/* EI_DATA (ELFDATA2LSB or ELFDATA2MSB).  */
  unsigned int machine;		/* e_machine.  */
};

/* Read the ELF header, the section headers and the section name table of
   the SIZE bytes at OFFSET of FD (a plain object, or an archive member as
   ld's claim hook describes it) and fill *INFO; reads nothing else, in
   two reads when the section name table precedes the section headers
   closely, as assemblers and linkers write it.  An input that is not ELF
   is not an error (INFO->is_elf is false).  Returns 0, or -1 after
   reporting a read error or a truncated ELF file about NAME.  */
int klp_inspect_input (const char *name, int fd, off_t offset, off_t size,
		       struct klp_input_info *info);

/* Call FOUND (DATA, SYMBOL) for each symbol that the input INFO describes
   (klp_inspect_input() of the bytes at OFFSET of FD) defines and does not
   bind locally, section symbols excepted, in symbol table order.  Reads
   the symbol table and its string table, nothing else: what a caller
   needs to know of an input's global names costs a fraction of opening
   it with the model.  SYMBOL is valid during the call only.  A symbol
   table that cannot be made sense of defines nothing.  Returns 0, or -1
   after reporting a read error about NAME.  */
int klp_scan_defined_globals (const char *name, int fd, off_t offset,
			      const struct klp_input_info *info,
			      void (*found) (void *data, const char *symbol),
			      void *data);

/* The name of the archive member at OFFSET (the offset of its contents)
   of the archive open as FD, from the member's header and the archive's
   long name table: "ARCHIVE(MEMBER)", malloc'd.  Falls back to
   "ARCHIVE(@OFFSET)" when the header cannot be read.  NULL only when out
   of memory (reported).  */
char *klp_archive_member_name (const char *archive, int fd, off_t offset);

/* Whether any member of the archive open as FD has annotation sections:
   reads each member's headers as klp_inspect_input() does.  A thin
   archive, or a file that is not an archive, has none.  Returns 0, or -1
   after reporting a read error.  */
int klp_archive_has_annotations (const char *archive, int fd, bool *result);

/* One symbol to rename.  */
struct klp_rename
{
  struct klp_symbol *sym;
  const char *old_name;		/* Owned by the model.  */
  const char *obj;		/* Target object: points into the
				   annotation section's name.  */
  unsigned long pos;
  const char *file;		/* KLP_SYMFILE's file (owned by the model)
				   or NULL.  */
  char *new_name;		/* ".klp.sym.<obj>.<name>,<pos>" or
				   ".klp.sym.<obj>.<name>,@<file>" (owned). */
};

struct klp_rename_plan
{
  struct klp_rename *renames;	/* In symbol table order.  */
  size_t count;
  size_t nannotations;		/* Annotation entries read.  */
  size_t nalready;		/* Symbols already named .klp.sym.* .  */
};

/* Pass 2.  Read and check the annotations of ELF and fill *PLAN (empty
   when nothing is to be renamed).  Every problem is reported: an
   annotation of a defined or local symbol, one symbol given two
   positions, two files, a position and a file, or two target objects,
   an object or symbol name the kernel cannot parse, a .klp.sym.* name
   that disagrees with its annotation.
   Returns 0, or -1 (and an empty plan) on error.  */
int klp_plan_renames (struct klp_elf *elf, struct klp_rename_plan *plan);

/* Pass 3.  Rename the symbols of PLAN in ELF.  Returns 0 or -1.  */
int klp_apply_renames (struct klp_elf *elf,
		       const struct klp_rename_plan *plan);

void klp_rename_plan_free (struct klp_rename_plan *plan);

#endif /* KLP_RENAME_H */
