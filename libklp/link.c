/* The inputs of a link, as ld's plugin interface shows them.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Every input is looked at once, in the claim hook, through a view of
   its headers (inspect_input): no more than the ELF header, the
   section header table and the section names, and a walk over the
   section names that compares only those starting with ".k", ".g" or
   ".m".  Everything else is read later, and only for the links that
   need it: .modinfo in the final link of a module, the symbol tables
   when an annotated name may be defined by another input, the whole
   input with the model in the final link of a livepatch module.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <klp/abi.h>
#include "array.h"
#include "diag.h"
#include "link.h"
#include "modinfo.h"
#include "strutil.h"

/* --------------------------------------------------------------------
   Inspecting an input.
   -------------------------------------------------------------------- */

/* Note what section INDEX of VIEW, named NAME, says about the input.  */
static void
note_section (struct klp_input_info *info, const struct klp_elf_view *view,
	      size_t index, const char *name)
{
  if (klp_has_prefix (name, KLP_MODULE_RELOCS_PREFIX)
      || klp_has_prefix (name, KLP_MODULE_FILES_PREFIX))
    info->has_annotations = true;
  else if (klp_has_prefix (name, ".gnu.lto_"))
    info->is_lto = true;
  else if (strcmp (name, ".gnu.linkonce.this_module") == 0)
    info->has_this_module = true;
  else if (strcmp (name, ".modinfo") == 0
	   && view->shdrs[index].sh_type != SHT_NOBITS)
    info->has_modinfo = true;
}

/* Read the headers of the input open as FD and fill *INFO; an input
   that is not an ELF64 object the model reads is not an error (nothing
   is set).  Returns 0, or -1 after reporting a read error about NAME.  */
static int
inspect_input (const char *name, int fd, off_t offset, size_t size,
	       struct klp_input_info *info)
{
  struct klp_elf_view view;
  int r = klp_elf_view_open_fd (&view, name, fd, offset, size);

  memset (info, 0, sizeof *info);
  if (r == 0 && view.ehdr.e_type == ET_REL)
    {
      info->is_elf64_rel = true;
      /* Every name looked for starts with ".k", ".g" or ".m"; the name
	 table ends with a NUL, so that S[1] can be read.  */
      for (size_t i = 1; i < view.shnum; i++)
	{
	  size_t off = view.shdrs[i].sh_name;
	  const char *s = view.names + off;
	  if (off < view.names_size && s[0] == '.'
	      && (s[1] == 'k' || s[1] == 'g' || s[1] == 'm'))
	    note_section (info, &view, i, s);
	}
    }
  klp_elf_view_close (&view);
  return r < 0 ? -1 : 0;
}

/* The inputs' names, in blocks: one allocation per many inputs.  */
struct klp_link_names
{
  struct klp_link_names *next;
  size_t used, size;
  char text[];
};

/* A copy of NAME kept in LINK->names: the previous input's own when it
   has the same name (the members of an archive).  */
static const char *
keep_name (struct klp_link *link, const char *name)
{
  size_t len = strlen (name) + 1;
  struct klp_link_names *b = link->names;
  char *copy;

  if (link->ninputs
      && strcmp (link->inputs[link->ninputs - 1].name, name) == 0)
    return link->inputs[link->ninputs - 1].name;
  if (!b || b->size - b->used < len)
    {
      size_t size = len > 16384 ? len : 16384;
      b = klp_xmalloc (name, sizeof *b + size);
      if (!b)
	return NULL;
      b->next = link->names;
      b->used = 0;
      b->size = size;
      link->names = b;
    }
  copy = b->text + b->used;
  memcpy (copy, name, len);
  b->used += len;
  return copy;
}

struct klp_link_input *
klp_link_add_input (struct klp_link *link, const char *name, int fd,
		    off_t offset, size_t size)
{
  struct klp_link_input *in;
  const char *copy = keep_name (link, name);

  if (!copy || klp_array_reserve (name, link->inputs, link->inputs_alloc,
				  link->ninputs + 1) < 0)
    return NULL;
  in = &link->inputs[link->ninputs];
  memset (in, 0, sizeof *in);
  in->name = copy;
  in->offset = offset;
  in->size = size;
  link->ninputs++;
  if (inspect_input (name, fd, offset, size, &in->info) != 0)
    return NULL;
  return in;
}

/* Open IN's file (the archive that holds it, for a member).  */
static int
open_input (const struct klp_link_input *in)
{
  int fd = open (in->name, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

  if (fd < 0)
    klp_error (in->name, "cannot open: %s", strerror (errno));
  return fd;
}

const char *
klp_link_input_name (struct klp_link_input *in, int fd)
{
  int own = -1;

  if (in->display || !is_archive_member (in))
    return in->display ? in->display : in->name;
  if (fd < 0)
    fd = own = open_input (in);
  if (fd >= 0)
    in->display = klp_archive_member_name (in->name, fd, in->offset);
  if (own >= 0)
    close (own);
  return in->display ? in->display : in->name;
}

/* --------------------------------------------------------------------
   Archives.
   -------------------------------------------------------------------- */

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
  if (inspect_input (scan->archive, scan->fd, offset, size, &info) != 0)
    return -1;
  *scan->result = info.has_annotations;
  return info.has_annotations;
}

int
klp_link_archive_has_annotations (struct klp_link *link,
				  const struct klp_link_input *in, int fd,
				  bool *result)
{
  struct klp_link_archive *ar;
  struct archive_scan scan;

  for (size_t i = 0; i < link->narchives; i++)
    if (strcmp (link->archives[i].name, in->name) == 0)
      {
	*result = link->archives[i].has_annotations;
	return 0;
      }
  if (klp_array_reserve (in->name, link->archives, link->archives_alloc,
			 link->narchives + 1) < 0)
    return -1;
  ar = &link->archives[link->narchives];
  ar->name = klp_xstrdup (in->name, in->name);
  ar->has_annotations = false;
  scan = (struct archive_scan) { in->name, fd, &ar->has_annotations };
  if (!ar->name
      || klp_archive_for_each_member (in->name, fd, scan_member, &scan) < 0)
    {
      free (ar->name);
      return -1;
    }
  link->narchives++;
  *result = ar->has_annotations;
  return 0;
}

/* --------------------------------------------------------------------
   The final link of a module.
   -------------------------------------------------------------------- */

bool
klp_is_final_module_link (const struct klp_link *link, const char *output)
{
  size_t len = strlen (output);

  if (len > 3 && strcmp (output + len - 3, ".ko") == 0)
    return true;
  for (size_t i = 0; i < link->ninputs; i++)
    if (link->inputs[i].info.has_this_module)
      return true;
  return false;
}

/* Set *RESULT to whether the .modinfo of IN says "livepatch=Y".  */
static int
is_livepatch_input (struct klp_link_input *in, bool *result)
{
  struct klp_elf_view view;
  size_t index;
  void *data = NULL;
  size_t size = 0;
  int fd = open_input (in);
  int r;

  *result = false;
  if (fd < 0)
    return -1;
  r = klp_elf_view_open_fd (&view, klp_link_input_name (in, fd), fd,
			    in->offset, in->size);
  if (r == 0 && (index = klp_find_view_section_by_name (&view, ".modinfo")))
    r = klp_elf_view_read_section (&view, index, &data, &size);
  if (r > 0)
    klp_error (view.name, "cannot read .modinfo: %s", view.problem);
  else if (r == 0)
    *result = klp_modinfo_is_livepatch (data, size);
  free (data);
  klp_elf_view_close (&view);
  close (fd);
  return r == 0 ? 0 : -1;
}

int
klp_link_is_livepatch (struct klp_link *link, bool *result)
{
  *result = false;
  for (size_t i = 0; i < link->ninputs && !*result; i++)
    if (link->inputs[i].info.has_modinfo
	&& is_livepatch_input (&link->inputs[i], result) != 0)
      return -1;
  return 0;
}

struct klp_elf *
klp_link_open_input (struct klp_link *link, size_t i, const char *name)
{
  struct klp_link_input *in = &link->inputs[i];
  const char *path = in->replacement ? in->replacement : in->name;
  off_t offset = in->replacement ? 0 : in->offset;
  size_t size = in->size;
  struct klp_elf *elf = NULL;
  struct stat st;
  int fd = open (path, O_RDONLY | O_CLOEXEC);

  if (fd < 0)
    {
      klp_error (path, "cannot open: %s", strerror (errno));
      return NULL;
    }
  if (in->replacement)
    {
      if (fstat (fd, &st) != 0)
	{
	  klp_error (path, "cannot read: %s", strerror (errno));
	  goto out;
	}
      size = st.st_size;
    }
  if (!name)
    name = klp_link_input_name (in, in->replacement ? -1 : fd);
  elf = klp_elf_open_fd (name, fd, offset, size);

out:
  close (fd);
  return elf;
}

void
klp_link_free (struct klp_link *link)
{
  for (size_t i = 0; i < link->ninputs; i++)
    {
      struct klp_link_input *in = &link->inputs[i];
      for (size_t j = 0; j < in->nrenames; j++)
	{
	  free (in->renames[j].old_name);
	  free (in->renames[j].new_name);
	}
      free (in->renames);
      free (in->display);
    }
  free (link->inputs);
  while (link->names)
    {
      struct klp_link_names *next = link->names->next;
      free (link->names);
      link->names = next;
    }
  for (size_t i = 0; i < link->narchives; i++)
    free (link->archives[i].name);
  free (link->archives);
  memset (link, 0, sizeof *link);
}

bool
klp_is_complete_object (const char *path)
{
  struct klp_input_info info;
  struct stat st;
  bool complete = false;
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

  if (fd < 0)
    return false;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode)
      && inspect_input (path, fd, 0, st.st_size, &info) == 0)
    complete = info.is_elf64_rel;
  close (fd);
  return complete;
}

/* --------------------------------------------------------------------
   Which input defines a name.
   -------------------------------------------------------------------- */

static struct klp_definer *
find_definer (const struct klp_definers *defs, const char *name,
	      uint64_t hash)
{
  struct klp_definer *d;

  klp_htab_for_each (&defs->by_name, hash, d, struct klp_definer, node)
    if (strcmp (d->name, name) == 0)
      return d;
  return NULL;
}

/* Add NAME (copied) to DEFS, which has room for it, with INPUT.  */
static int
add_definer (struct klp_definers *defs, const char *name, uint64_t hash,
	     size_t input)
{
  struct klp_definer *d = &defs->v[defs->n];

  d->name = klp_xstrdup (name, name);
  if (!d->name)
    return -1;
  d->input = input;
  klp_htab_add (&defs->by_name, hash, &d->node);
  defs->n++;
  return 0;
}

/* Whether SYM, of a symbol table, is offered to the rest of the link.  */
static bool
is_defined_global (const GElf_Sym *sym)
{
  return GELF_ST_BIND (sym->st_info) != STB_LOCAL
	 && GELF_ST_TYPE (sym->st_info) != STT_SECTION
	 && sym->st_shndx != SHN_UNDEF;
}

/* Read the symbol table of IN into *SYMTAB (none when it has none, or
   when the file cannot be made sense of: ld reports that).  */
static int
read_input_symtab (struct klp_link_input *in, struct klp_elf_symtab *symtab)
{
  struct klp_elf_view view;
  int fd = open_input (in);
  int r;

  memset (symtab, 0, sizeof *symtab);
  if (fd < 0)
    return -1;
  r = klp_elf_view_open_fd (&view, in->display ? in->display : in->name, fd,
			    in->offset, in->size);
  if (r == 0)
    r = klp_elf_view_read_symtab (&view, symtab);
  if (r > 0)
    klp_elf_symtab_free (symtab);
  klp_elf_view_close (&view);
  close (fd);
  return r < 0 ? -1 : 0;
}

/* Note the names that input I defines (SYMTAB): the definer of a name
   asked for that has none yet, or, with ALL, a new name.  */
static int
note_definitions (struct klp_definers *defs, const struct klp_elf_symtab *st,
		  size_t i, bool all)
{
  for (size_t k = 1; k < st->nsyms; k++)
    {
      const char *name = klp_elf_symtab_name (st, &st->syms[k]);
      struct klp_definer *d;
      uint64_t hash;

      if (!name || !is_defined_global (&st->syms[k]))
	continue;
      hash = klp_hash_str (name);
      d = find_definer (defs, name, hash);
      if (d && d->input == KLP_NO_INPUT)
	d->input = i;
      else if (!d && all && add_definer (defs, name, hash, i) != 0)
	return -1;
    }
  return 0;
}

/* Every name that an input defines: the symbol tables are read first,
   for the size of the index.  */
static int
find_all_definers (struct klp_link *link, struct klp_definers *defs)
{
  struct klp_elf_symtab *symtabs;
  size_t room = 0;
  int ret = -1;

  symtabs = klp_xcalloc (NULL, link->ninputs, sizeof *symtabs);
  if (!symtabs)
    return -1;
  for (size_t i = 0; i < link->ninputs; i++)
    {
      if (!is_model_input (&link->inputs[i]))
	continue;
      if (read_input_symtab (&link->inputs[i], &symtabs[i]) != 0)
	goto out;
      room += symtabs[i].nsyms;
    }
  defs->v = klp_xcalloc (NULL, room, sizeof *defs->v);
  if (!defs->v || klp_htab_init (&defs->by_name, room) != 0)
    {
      klp_error (NULL, "out of memory");
      goto out;
    }
  for (size_t i = 0; i < link->ninputs; i++)
    if (note_definitions (defs, &symtabs[i], i, true) != 0)
      goto out;
  ret = 0;

out:
  for (size_t i = 0; i < link->ninputs; i++)
    klp_elf_symtab_free (&symtabs[i]);
  free (symtabs);
  return ret;
}

/* The definers of the NNAMES names NAMES: one symbol table at a time.  */
static int
find_named_definers (struct klp_link *link, const char *const *names,
		     size_t nnames, struct klp_definers *defs)
{
  defs->v = klp_xcalloc (NULL, nnames, sizeof *defs->v);
  if (!defs->v || klp_htab_init (&defs->by_name, nnames) != 0)
    {
      klp_error (NULL, "out of memory");
      return -1;
    }
  for (size_t i = 0; i < nnames; i++)
    {
      uint64_t hash = klp_hash_str (names[i]);
      if (!find_definer (defs, names[i], hash)
	  && add_definer (defs, names[i], hash, KLP_NO_INPUT) != 0)
	return -1;
    }
  for (size_t i = 0; i < link->ninputs; i++)
    {
      struct klp_elf_symtab symtab;
      int r;

      if (!is_model_input (&link->inputs[i]))
	continue;
      r = read_input_symtab (&link->inputs[i], &symtab);
      if (r == 0)
	r = note_definitions (defs, &symtab, i, false);
      klp_elf_symtab_free (&symtab);
      if (r != 0)
	return -1;
    }
  return 0;
}

int
klp_link_find_definers (struct klp_link *link, const char *const *names,
			size_t nnames, struct klp_definers *defs)
{
  int ret;

  memset (defs, 0, sizeof *defs);
  ret = names ? find_named_definers (link, names, nnames, defs)
	      : find_all_definers (link, defs);
  if (ret != 0)
    klp_definers_free (defs);
  return ret;
}

size_t
klp_find_definer_by_name (const struct klp_definers *defs, const char *name)
{
  const struct klp_definer *d;

  if (!defs->by_name.buckets)
    return KLP_NO_INPUT;
  d = find_definer (defs, name, klp_hash_str (name));
  return d ? d->input : KLP_NO_INPUT;
}

void
klp_definers_free (struct klp_definers *defs)
{
  for (size_t i = 0; i < defs->n; i++)
    free (defs->v[i].name);
  free (defs->v);
  klp_htab_free (&defs->by_name);
  memset (defs, 0, sizeof *defs);
}

/* --------------------------------------------------------------------
   The renamed names, and the final link's checks.
   -------------------------------------------------------------------- */

int
klp_link_note_renames (struct klp_link *link, size_t i,
		       const struct klp_rename_plan *plan)
{
  struct klp_link_input *in = &link->inputs[i];
  const char *name = klp_link_input_name (in, -1);

  if (plan->count == 0)
    return 0;
  in->renames = klp_xcalloc (name, plan->count, sizeof *in->renames);
  if (!in->renames)
    return -1;
  for (size_t j = 0; j < plan->count; j++)
    {
      struct klp_link_rename *r = &in->renames[in->nrenames++];
      r->old_name = klp_xstrdup (name, plan->renames[j].old_name);
      r->new_name = klp_xstrdup (name, plan->renames[j].new_name);
      if (!r->old_name || !r->new_name)
	return -1;
    }
  return 0;
}

int
klp_link_warn_defined_renames (struct klp_link *link)
{
  struct klp_definers defs;
  const char **names;
  size_t n = 0;
  int ret;

  for (size_t i = 0; i < link->ninputs; i++)
    n += link->inputs[i].nrenames;
  if (n == 0)
    return 0;
  names = klp_xcalloc (NULL, n, sizeof *names);
  if (!names)
    return -1;
  n = 0;
  for (size_t i = 0; i < link->ninputs; i++)
    for (size_t j = 0; j < link->inputs[i].nrenames; j++)
      names[n++] = link->inputs[i].renames[j].old_name;
  ret = klp_link_find_definers (link, names, n, &defs);
  free (names);
  for (size_t i = 0; ret == 0 && i < link->ninputs; i++)
    {
      struct klp_link_input *in = &link->inputs[i];
      for (size_t j = 0; j < in->nrenames; j++)
	{
	  const struct klp_link_rename *r = &in->renames[j];
	  size_t d = klp_find_definer_by_name (&defs, r->old_name);
	  if (d == KLP_NO_INPUT)
	    continue;
	  klp_warn (klp_link_input_name (in, -1), "'%s' is annotated, but "
		    "'%s' of the same link defines it: the annotation wins, "
		    "this object uses '%s'", r->old_name,
		    klp_link_input_name (&link->inputs[d], -1), r->new_name);
	}
    }
  klp_definers_free (&defs);
  return ret;
}

static bool
is_defined_elsewhere (void *data, const char *name)
{
  return klp_find_definer_by_name (data, name) != KLP_NO_INPUT;
}

int
klp_link_convert_check (struct klp_link *link,
			const struct klp_convert_options *opts,
			const char *name)
{
  struct klp_convert_options o = *opts;
  struct klp_definers defs;
  int ret = 0;

  if (klp_link_find_definers (link, NULL, 0, &defs) != 0)
    return -1;
  o.is_defined_elsewhere = is_defined_elsewhere;
  o.defined_elsewhere_data = &defs;
  for (size_t i = 0; i < link->ninputs; i++)
    {
      struct klp_elf *elf;

      if (!is_model_input (&link->inputs[i]))
	continue;
      elf = klp_link_open_input (link, i, name);
      if (!elf || klp_convert_check (elf, &o) != 0)
	ret = -1;
      klp_elf_close (elf);
    }
  klp_definers_free (&defs);
  return ret;
}
