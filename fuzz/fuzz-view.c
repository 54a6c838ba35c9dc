/* libFuzzer target: the ELF model's cheap mode (struct klp_elf_view).
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Each input is viewed twice, as klp-symbols and the ld plugin view
   their inputs: from memory (a decompressed module), and from a file
   descriptor at an offset (an archive member: the input follows one
   byte of a memory file).  Every section name, the symbol table and its
   names and .modinfo are read.  Every failure must be a described
   problem or a reported error, never a crash, a hang or a sanitizer
   report.  */

#define _GNU_SOURCE 1
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "diag.h"
#include "elfobj.h"

static int memfd = -1;

static void
silent (void *data, enum klp_severity severity, const char *file,
	const char *message)
{
  (void) data, (void) severity, (void) file, (void) message;
}

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc, (void) argv;
  klp_diag_set_handler (silent, NULL);
  memfd = memfd_create ("fuzz-view", 0);
  if (memfd < 0 || klp_elf_init () != 0)
    abort ();
  return 0;
}

/* Read everything the view offers.  */
static void
walk (struct klp_elf_view *view)
{
  struct klp_elf_symtab symtab;
  size_t n = 0, index;
  void *modinfo;
  size_t size;

  for (size_t i = 1; i < view->shnum; i++)
    {
      const char *name = klp_elf_view_section_name (view, i);
      n += name ? strlen (name) : 0;
    }
  if (klp_elf_view_read_symtab (view, &symtab) == 0)
    for (size_t i = 1; i < symtab.nsyms; i++)
      {
	const char *name = klp_elf_symtab_name (&symtab, &symtab.syms[i]);
	n += (name ? strlen (name) : 0) + klp_elf_symtab_shndx (&symtab, i);
      }
  klp_elf_symtab_free (&symtab);
  index = klp_find_view_section_by_name (view, ".modinfo");
  if (index && klp_elf_view_read_section (view, index, &modinfo, &size) == 0)
    free (modinfo);
  if (n == SIZE_MAX)
    abort ();			/* Keeps the walk.  */
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct klp_elf_view view;

  if (klp_elf_view_open_memory (&view, "fuzz.o", data, size) == 0)
    walk (&view);
  klp_elf_view_close (&view);

  if (ftruncate (memfd, 0) != 0 || pwrite (memfd, "!", 1, 0) != 1
      || (size && pwrite (memfd, data, size, 1) != (ssize_t) size))
    abort ();
  if (klp_elf_view_open_fd (&view, "fuzz.a(fuzz.o)", memfd, 1, size) == 0)
    walk (&view);
  klp_elf_view_close (&view);
  return 0;
}
