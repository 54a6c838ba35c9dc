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

   This header includes no other header, so it compiles in kernel code
   (with or without the kernel's own types) and in user space.  */

#ifndef KLP_LIVEPATCH_H
#define KLP_LIVEPATCH_H

#include "abi.h"

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

#define __KLP_STRINGIFY(x) #x

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

#endif /* KLP_LIVEPATCH_H */
