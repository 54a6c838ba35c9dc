/* libFuzzer target: the ELF reader, the converter and the writer.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Each input is read as an object with klp_elf_open_memory, converted
   against a small fixed symbol map with klp_convert, and written out with
   klp_elf_write.  Every failure must be a reported error, never a crash,
   a hang or a sanitizer report.  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "convert.h"
#include "diag.h"

static const char map_text[] =
  "klp-convert-symbol-data.0.1\n"
  "*vmlinux\n"
  "state_show\nstate_show\nfoo\nbar\nprintk\n__ksymtab_printk\n"
  "*mymod\n"
  "state_show\nbaz\n";

static struct klp_symmap *map;
static char out_path[64];

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc, (void) argv;
  klp_diag_set_handler (klp_diag_drop, NULL);
  map = klp_symmap_load_memory ("fuzz.klp", map_text, sizeof map_text - 1);
  if (!map)
    abort ();
  snprintf (out_path, sizeof out_path, "/tmp/klp-fuzz-%ld.o",
	    (long) getpid ());
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct klp_convert_options opts = {
    .map = map,
    .require_livepatch_modinfo = false,
  };
  struct klp_elf *elf = klp_elf_open_memory ("fuzz.o", data, size);

  if (!elf)
    return 0;
  if (klp_convert (elf, &opts) >= 0)
    klp_elf_write (elf, out_path, 0600);
  klp_elf_close (elf);
  unlink (out_path);
  return 0;
}
