/* The symbols of one object of the kernel (vmlinux or a module), as the
   kernel's livepatch core counts them.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   klp_find_object_symbol() (kernel/livepatch/core.c) resolves
   .klp.sym.OBJECT.NAME,POS by walking the object's kallsyms symbols and
   counting those named NAME; the position is that count.  An object's
   symbol list here is exactly what that walk sees, in its order:

   vmlinux: the kernel's kallsyms table, which scripts/kallsyms made from
     System.map (see kallsyms.h).  From an ELF vmlinux the list is
     built the way the kernel build does: nm's types and "nm -n" order,
     scripts/mksysmap's filter, then scripts/kallsyms.

   a module: module_kallsyms_on_each_symbol() walks mod->kallsyms, which
     is not the same table all the time (kernel/module/kallsyms.c):
     - while the module loads, until its init function has returned, it is
       the module's whole .symtab (add_kallsyms); the walk skips only
       SHN_UNDEF.  A livepatch that is already enabled when the module
       loads resolves its relocations for it then ("late module
       patching", klp_module_coming);
     - from then on it is core_kallsyms, the symbols is_core_symbol()
       keeps: named, defined in a section that stays allocated and is not
       an init section (.init*; .exit* too without CONFIG_MODULE_UNLOAD),
       or in the per-CPU section (CONFIG_KALLSYMS_ALL, which livepatch
       requires).  This is the table /proc/kallsyms shows, and the one a
       livepatch loaded after the module resolves against.
     KLP_MODSYMS_LOADED (the default) gives the second; KLP_MODSYMS_LOADING
     the first.  The positions of a name differ between the two only when
     a symbol of that name is dropped from the core table (an __init
     function that has the name of a function of another file of the
     module, say): reading a module warns about such names.  Debian's
     6.1 kernel has none in its 4023 modules.

   Types are the letters the kernel prints in /proc/kallsyms: for vmlinux
   nm's letter (per-CPU symbols 'A' where the per-CPU area is absolute),
   for a module the letter of elf_type() in kernel/module/kallsyms.c, upper
   case exactly when the module exports the symbol with EXPORT_SYMBOL
   (is_exported() does not look at EXPORT_SYMBOL_GPL exports).

   Export flags ('E' EXPORT_SYMBOL, 'G' EXPORT_SYMBOL_GPL, '-' not
   exported) come from the object's own __ksymtab_NAME symbols: their
   section (__ksymtab or __ksymtab_gpl) in an ELF file, their address
   (between __start___ksymtab_gpl and __stop___ksymtab_gpl) in vmlinux's
   lists, the case of the exported symbol's letter for a module of a
   /proc/kallsyms dump; and from Module.symvers when one is given.

   Ownership: a 'struct klp_objsyms' owns everything it points to (names
   point into the object's symbol string table, which it keeps, or into
   the kallsyms list it was made from).  klp_objsyms_free() frees all of
   it.  Reading one object uses no global state, so objects can be read
   in parallel threads (after klp_objsyms_init(), which initialises
   libelf).  */

#ifndef KLP_OBJSYMS_H
#define KLP_OBJSYMS_H

#include <stdbool.h>
#include <stddef.h>

#include "kallsyms.h"
#include "symmap.h"

struct klp_objsym
{
  const char *name;
  const char *file;		/* Source file of a local symbol, from the
				   preceding STT_FILE symbol; NULL if
				   unknown.  */
  char type;			/* As /proc/kallsyms prints it.  */
  char export;			/* '-', 'E' or 'G'.  */
  bool is_global;		/* Private: binding (or, from a text list,
				   an upper-case letter).  */
};

struct klp_objsyms
{
  char *name;			/* The kernel's object name: "vmlinux", or
				   the module's modinfo name= (else its
				   file name, '-' turned into '_').  */
  char *path;			/* Where it was read, for diagnostics.  */
  bool is_livepatch;		/* modinfo livepatch=Y.  */
  struct klp_objsym *syms;
  size_t nsyms;
  /* Private.  */
  char *strings;		/* Owned storage the names point into.  */
};

enum klp_modsyms_table
{
  KLP_MODSYMS_LOADED,		/* core_kallsyms: once the module is live.  */
  KLP_MODSYMS_LOADING		/* The whole .symtab: while it loads.  */
};

/* Initialise libelf.  Call once, before any thread reads an object.
   Returns 0, or -1 after reporting an error.  */
int klp_objsyms_init (void);

/* Read the module PATH (".ko", or compressed: ".ko.xz", ".ko.zst",
   ".ko.gz").  Returns the object, or NULL after reporting an error.  */
struct klp_objsyms *klp_objsyms_read_module (const char *path,
					     enum klp_modsyms_table table);

/* Read the ELF vmlinux PATH (not stripped).  */
struct klp_objsyms *klp_objsyms_read_vmlinux (const char *path,
					      enum klp_percpu_mode percpu);

/* The objects of a System.map or /proc/kallsyms list KS: vmlinux (if the
   list has vmlinux lines) and every module of a kallsyms dump, in the
   order of the list.  A System.map (IS_SYSTEM_MAP) is turned into the
   kernel's table with klp_kallsyms_select(); a dump is the kernel's
   table already.  A dump's pseudo-modules ([bpf], [__builtin__ftrace],
   [__builtin__kprobes]), the lines that ftrace keeps for the freed init
   functions of a module (a second block of lines of the same module) and
   loaded livepatch modules (whose table has .klp.sym.* symbols) are left
   out, with a note.  Stores the objects in a malloc'd array *OBJS (each
   to be freed with klp_objsyms_free) and their number in *NOBJS.  The
   objects point into KS, which must outlive them.  Returns 0, or -1
   after reporting an error.  */
int klp_objsyms_from_kallsyms (const struct klp_kallsyms *ks,
			       bool is_system_map,
			       enum klp_percpu_mode percpu,
			       struct klp_objsyms ***objs, size_t *nobjs);

/* Mark the exports of OBJ that SYMVERS lists.  */
void klp_objsyms_add_symvers_exports (struct klp_objsyms *obj,
				      const struct klp_symvers *symvers);

void klp_objsyms_free (struct klp_objsyms *obj);

#endif /* KLP_OBJSYMS_H */
