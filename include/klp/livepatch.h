/* Annotations for livepatch authors: say which instance of a symbol a
   livepatch module means.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Usage, in a livepatch module's C source:

     #include <klp/livepatch.h>

     extern int state_show(void);     // a non-exported kernel symbol
     KLP_MODULE_RELOC(vmlinux) my_relocs[] = {
             KLP_SYMPOS(state_show, 2),   // the second 'state_show' of vmlinux
     };

   The object is "vmlinux" or a module name as the kernel knows it
   (KBUILD_MODNAME: '-' becomes '_').  The position counts same-named
   symbols of that object: in address order for vmlinux, in symbol table
   order for a module; 0 means "the name is unique in that object".

   Each KLP_SYMPOS entry is 12 bytes, { void *sym (8 bytes); u32 sympos; }
   packed, in section ".klp.module_relocs.<object>", aligned 4, with
   exactly one relocation naming the symbol: the layout of the kernel's
   klp-convert patchset.  libklp's ld plugin and klp-convert read these
   entries and remove them from the final module.

   Naming the source file instead of a position:

     extern char __param_str_debug[];
     KLP_MODULE_RELOC_FILE(vmlinux) my_file_relocs[] = {
             KLP_SYMFILE(__param_str_debug, "drivers/input/serio/i8042.c"),
     };

   says "the '__param_str_debug' of vmlinux that i8042.c defines": a
   position changes whenever the kernel gains or loses a symbol of that
   name, a file rarely does.  klp-convert finds the position in the
   symbol map (klp-symbols(5) format, whose symbols carry their source
   file): the candidates of that name in that object whose file is the
   given path, or when one of the two paths is the last components of
   the other ("i8042.c" matches "drivers/input/serio/i8042.c", and the
   other way round: a map made from STT_FILE symbols knows only base
   names).  Exactly one must match.

   Each KLP_SYMFILE entry is 16 bytes, { void *sym; const char *file; },
   in section ".klp.module_files.<object>", aligned 8, with two
   relocations: the symbol and the string.  The ld plugin renames the
   symbol of each object ".klp.sym.<object>.<name>,@<file>", so that two
   objects naming different files keep different symbols; the string
   stays in the module's read-only data (a few bytes).  The file must be
   a string literal.

   This header includes no other header, so it compiles in kernel code
   (with or without the kernel's own types) and in user space.  */

#ifndef KLP_LIVEPATCH_H
#define KLP_LIVEPATCH_H

#include "abi.h"

#ifndef __KLP_STRINGIFY
#define __KLP_STRINGIFY(x) #x
#endif

#ifndef KLP_MODULE_RELOC

struct klp_module_reloc
{
  union
  {
    void *sym;
    unsigned long long sym64;	/* Forces 64 bits on every target.  */
  };
  unsigned int sympos;
} __attribute__ ((__packed__));

_Static_assert (sizeof (struct klp_module_reloc) == KLP_MODULE_RELOC_SIZE,
		"struct klp_module_reloc must be 12 bytes");

/* Declare an array of annotation entries for OBJECT (not quoted).  */
#define KLP_MODULE_RELOC(object)					\
  static struct klp_module_reloc					\
  __attribute__ ((__used__, __aligned__ (4),				\
		  __section__ (".klp.module_relocs." __KLP_STRINGIFY (object))))

/* One entry: SYMBOL (an extern declared in this file) is the POS-th
   symbol of that name in the object.  */
#define KLP_SYMPOS(symbol, pos)						\
  { { .sym = (void *) &(symbol) }, .sympos = (pos) }

#endif /* KLP_MODULE_RELOC */

#ifndef KLP_MODULE_RELOC_FILE

struct klp_module_file_reloc
{
  union
  {
    void *sym;
    unsigned long long sym64;	/* Forces 64 bits on every target.  */
  };
  union
  {
    const char *file;
    unsigned long long file64;
  };
} __attribute__ ((__aligned__ (8)));

_Static_assert (sizeof (struct klp_module_file_reloc) == KLP_MODULE_FILE_SIZE,
		"struct klp_module_file_reloc must be 16 bytes");

/* Declare an array of file annotation entries for OBJECT (not quoted).  */
#define KLP_MODULE_RELOC_FILE(object)					\
  static struct klp_module_file_reloc					\
  __attribute__ ((__used__, __aligned__ (8),				\
		  __section__ (".klp.module_files." __KLP_STRINGIFY (object))))

/* One entry: SYMBOL (an extern declared in this file) is the symbol of
   that name in the object that the source file PATH (a string literal:
   a path, or its last components) defines.  */
#define KLP_SYMFILE(symbol, path)					\
  { { .sym = (void *) &(symbol) }, { .file = "" path } }

#endif /* KLP_MODULE_RELOC_FILE */

#endif /* KLP_LIVEPATCH_H */
