/* The inputs of a link, as ld's plugin interface shows them.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <klp/abi.h>
#include "elfobj.h"
#include "link.h"
#include "modinfo.h"

static bool
has_prefix (const char *s, const char *prefix)
{
  return strncmp (s, prefix, strlen (prefix)) == 0;
}

/* Note what section INDEX of VIEW, named NAME, says about the input.  */
static void
note_section (struct klp_input_info *info, const struct klp_elf_view *view,
	      size_t index, const char *name)
{
  if (has_prefix (name, KLP_MODULE_RELOCS_PREFIX)
      || has_prefix (name, KLP_MODULE_FILES_PREFIX))
    info->has_annotations = true;
  else if (has_prefix (name, ".gnu.lto_"))
    info->is_lto = true;
  else if (strcmp (name, ".gnu.linkonce.this_module") == 0)
    info->has_this_module = true;
  else if (strcmp (name, ".modinfo") == 0
	   && view->shdrs[index].sh_type != SHT_NOBITS)
    info->has_modinfo = true;
}

int
klp_inspect_input (const char *name, int fd, off_t offset, size_t size,
		   struct klp_input_info *info)
{
  struct klp_elf_view view;
  int r = klp_elf_view_open_fd (&view, name, fd, offset, size);

  memset (info, 0, sizeof *info);
  if (r == 0 && view.ehdr.e_type == ET_REL)
    {
      info->is_elf64_rel = true;
      for (size_t i = 1; i < view.shnum; i++)
	{
	  const char *s = klp_elf_view_section_name (&view, i);
	  /* Every name looked for starts with ".k", ".g" or ".m".  */
	  if (s && s[0] == '.' && (s[1] == 'k' || s[1] == 'g' || s[1] == 'm'))
	    note_section (info, &view, i, s);
	}
    }
  klp_elf_view_close (&view);
  return r < 0 ? -1 : 0;
}

int
klp_input_is_livepatch (const char *name, int fd, off_t offset, size_t size,
			bool *result)
{
  struct klp_elf_view view;
  size_t index;
  void *data = NULL;
  size_t len = 0;
  int r = klp_elf_view_open_fd (&view, name, fd, offset, size);

  *result = false;
  if (r == 0 && (index = klp_find_view_section_by_name (&view, ".modinfo")))
    r = klp_elf_view_read_section (&view, index, &data, &len);
  if (r == 0)
    *result = klp_modinfo_is_livepatch (data, len);
  free (data);
  klp_elf_view_close (&view);
  return r < 0 ? -1 : 0;
}

int
klp_scan_defined_globals (const char *name, int fd, off_t offset,
			  size_t size,
			  void (*found) (void *data, const char *symbol),
			  void *data)
{
  struct klp_elf_view view;
  struct klp_elf_symtab symtab = { 0 };
  int r = klp_elf_view_open_fd (&view, name, fd, offset, size);

  if (r == 0 && view.ehdr.e_type == ET_REL)
    r = klp_elf_view_read_symtab (&view, &symtab);
  for (size_t i = 1; r == 0 && i < symtab.nsyms; i++)
    {
      const GElf_Sym *sym = &symtab.syms[i];
      const char *s = klp_elf_symtab_name (&symtab, sym);

      if (s && GELF_ST_BIND (sym->st_info) != STB_LOCAL
	  && GELF_ST_TYPE (sym->st_info) != STT_SECTION
	  && sym->st_shndx != SHN_UNDEF)
	found (data, s);
    }
  klp_elf_symtab_free (&symtab);
  klp_elf_view_close (&view);
  return r < 0 ? -1 : 0;
}

struct archive_scan
{
  const char *archive;
  int fd;
  bool *result;
};

/* klp_archive_for_each_member's callback: stop at the first member with
   annotations.  */
static int
scan_member (void *data, const char *member, off_t offset, size_t size)
{
  struct archive_scan *scan = data;
  struct klp_input_info info;

  (void) member;
  if (klp_inspect_input (scan->archive, scan->fd, offset, size, &info) != 0)
    return -1;
  *scan->result = info.has_annotations;
  return info.has_annotations;
}

int
klp_archive_has_annotations (const char *archive, int fd, bool *result)
{
  struct archive_scan scan = { archive, fd, result };

  *result = false;
  return klp_archive_for_each_member (archive, fd, scan_member, &scan) < 0
	 ? -1 : 0;
}
