/* The kernel's module metadata: .modinfo entries and the module's name.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   One implementation of each, for the converter, the checker, the ld
   plugin and the symbol-map readers.  Parsers here report nothing; the
   caller words the problem for its input.  */

#ifndef KLP_MODINFO_H
#define KLP_MODINFO_H

#include <stdbool.h>
#include <stddef.h>

/* The value of the entry KEY of the .modinfo contents DATA[SIZE]
   ("key=value" strings separated by NULs, as MODULE_INFO() writes them;
   get_modinfo() of kernel/module/main.c), pointing into DATA, with its
   length in *LEN; NULL if there is none.  A last string that is not
   NUL-terminated is not an entry (the kernel would not see it).  */
const char *klp_modinfo_get (const char *data, size_t size, const char *key,
			     size_t *len);

/* Whether DATA[SIZE] holds the entry "livepatch=Y", exactly: the kernel
   (check_modinfo_livepatch) compares the value with "Y".  */
bool klp_modinfo_is_livepatch (const char *data, size_t size);

/* Whether DATA[SIZE] is well formed: every entry NUL-terminated.  */
bool klp_modinfo_is_terminated (const char *data, size_t size);

/* The name the kernel knows a module by: its modinfo "name=" when there
   is one (modpost writes KBUILD_MODNAME there, the same as the
   .gnu.linkonce.this_module name the loader uses), else KBUILD_MODNAME
   as kbuild derives it from the file name: the base name without its
   compression suffix (".xz", ".zst", ".gz") and ".ko", with '-' and ','
   turned into '_' (scripts/Makefile.lib, name-fix).  So "a.b.ko" is
   "a.b", which cannot be the object of a klp symbol (see
   klp_find_objname_problem).  Malloc'd; NULL (reported about PATH) when
   out of memory.  */
char *klp_module_name (const char *path, const char *modinfo, size_t size);

/* KBUILD_MODNAME of the module file FILE (a path, or a module's path
   without ".ko" as Module.symvers and the kernel patchset's maps write
   it), made in place: the base name without compression suffix and
   ".ko", '-' and ',' turned into '_'.  Returns where it starts in
   FILE.  */
char *klp_module_name_from_file (char *file);

#endif /* KLP_MODINFO_H */
