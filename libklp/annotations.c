/* Reading and removing KLP_SYMPOS and KLP_SYMFILE annotations.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Reading (klp_read_annotations):
     1. collect the relocations of every relocation section whose target
	is an annotation section: each one starts an entry (a position
	entry) or is one of the two relocations of an entry (a file entry);
     2. sort them by section and offset, and check each entry: the
	relocation types, that the entry fits, that no two relocations
	share a position entry, that a file entry has its second
	relocation 8 bytes after the first, that a real symbol is named;
     3. read sympos (u32, object byte order) at entry offset + 8, or the
	file: the NUL-terminated string that the second relocation of a
	file entry points to.
   Removing (klp_remove_annotations):
     1. refuse if an allocated section refers to an annotation array;
     2. note the symbols the annotations refer to;
     3. remove the annotation sections with their relocation sections,
	and the symbols defined in them;
     4. drop the relocations of non-allocated sections (DWARF) that refer
	to those symbols: the bytes they would have filled stay zero, which
	debug information consumers read as a discarded address;
     5. remove the undefined symbols that only annotations referred to:
	left undefined, they would make the module loader fail.
   The strings of file entries stay where the compiler put them (the
   module's read-only string data), unreferenced.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <klp/abi.h>
#include "annotations.h"
#include "diag.h"
#include "rules.h"
#include "strutil.h"

/* Whether SEC is a file annotation section (".klp.module_files.").  */
static bool
is_file_annotation_section (const struct klp_section *sec)
{
  return klp_has_prefix (sec->name, KLP_MODULE_FILES_PREFIX);
}

bool
klp_is_annotation_section (const struct klp_section *sec)
{
  return klp_has_prefix (sec->name, KLP_MODULE_RELOCS_PREFIX)
	 || is_file_annotation_section (sec);
}

struct klp_section *
klp_first_annotation_section (struct klp_elf *elf)
{
  struct klp_section *sec;

  klp_for_each_section (elf, sec)
    if (!sec->removed && klp_is_annotation_section (sec))
      return sec;
  return NULL;
}

const char *
klp_describe_annotation (const struct klp_annotation *a, char *buf,
			 size_t size)
{
  if (a->file)
    snprintf (buf, size, "KLP_SYMFILE(%s, \"%s\")", a->sym->name, a->file);
  else
    snprintf (buf, size, "KLP_SYMPOS(%s, %lu)", a->sym->name, a->pos);
  return buf;
}

const char *
klp_describe_annotation_target (const struct klp_annotation *a, char *buf,
				size_t size)
{
  if (a->file)
    snprintf (buf, size, "file '%s'", a->file);
  else
    snprintf (buf, size, "position %lu", a->pos);
  return buf;
}

bool
klp_is_same_annotation_target (const struct klp_annotation *a,
			       const struct klp_annotation *b)
{
  if (strcmp (a->obj, b->obj) != 0 || !a->file != !b->file)
    return false;
  return a->file ? strcmp (a->file, b->file) == 0 : a->pos == b->pos;
}

bool
klp_abs64_reloc_type (GElf_Half machine, GElf_Word *type)
{
  switch (machine)
    {
    case EM_X86_64:
      *type = R_X86_64_64;
      return true;
    case EM_PPC64:
      *type = R_PPC64_ADDR64;
      return true;
    case EM_S390:
      *type = R_390_64;
      return true;
    case EM_AARCH64:
      *type = R_AARCH64_ABS64;
      return true;
    default:
      return false;
    }
}

/* A relocation section whose entries describe annotations: live, and
   targeting a live annotation section.  */
static bool
is_annotation_rela_section (const struct klp_section *sec)
{
  return !sec->removed && is_rela_section (sec) && sec->info
	 && !sec->info->removed && klp_is_annotation_section (sec->info);
}

/* A symbol defined in an annotation section: an array or the section
   symbol.  */
static bool
is_annotation_symbol (const struct klp_symbol *sym)
{
  return sym->sec && klp_is_annotation_section (sym->sec);
}

/* One relocation of an annotation section, before checking.  */
struct entry
{
  struct klp_section *sec;	/* The annotation section.  */
  struct klp_section *relsec;	/* Its relocation section.  */
  size_t rel_index;
  GElf_Rela rela;
};

static int
compare_entries (const void *a, const void *b)
{
  const struct entry *x = a, *y = b;

  if (x->sec->index != y->sec->index)
    return x->sec->index < y->sec->index ? -1 : 1;
  if (x->rela.r_offset != y->rela.r_offset)
    return x->rela.r_offset < y->rela.r_offset ? -1 : 1;
  /* Same offset (an error reported later): keep a total order.  */
  if (x->relsec->index != y->relsec->index)
    return x->relsec->index < y->relsec->index ? -1 : 1;
  return x->rel_index < y->rel_index ? -1 : x->rel_index > y->rel_index;
}

/* Step 1: every relocation of an annotation section, sorted.  */
static int
collect_entries (struct klp_elf *elf, struct entry **entries, size_t *count)
{
  struct klp_section *sec;
  size_t n = 0, i = 0;

  *entries = NULL;
  *count = 0;
  klp_for_each_section (elf, sec)
    if (is_annotation_rela_section (sec))
      n += klp_rela_count (sec);
  if (n == 0)
    return 0;

  *entries = klp_xcalloc (elf->path, n, sizeof **entries);
  if (!*entries)
    return -1;
  klp_for_each_section (elf, sec)
    {
      struct klp_rela_iter r;

      if (is_annotation_rela_section (sec))
	klp_for_each_rela (sec, r)
	  {
	    struct entry *e = &(*entries)[i++];
	    e->sec = sec->info;
	    e->relsec = sec;
	    e->rel_index = r.i;
	    e->rela = r.rela;
	  }
    }
  qsort (*entries, n, sizeof **entries, compare_entries);
  *count = n;
  return 0;
}

/* Annotation sections with contents must have relocations: without one,
   an entry does not say which symbol it is about.  */
static int
check_sections_have_relocations (struct klp_elf *elf)
{
  struct klp_section *sec;
  bool *has_relocations;
  int ret = 0;

  if (!klp_first_annotation_section (elf))
    return 0;
  has_relocations = klp_xcalloc (elf->path, elf->nsections,
				 sizeof *has_relocations);
  if (!has_relocations)
    return -1;
  klp_for_each_section (elf, sec)
    if (is_annotation_rela_section (sec) && klp_rela_count (sec) > 0)
      has_relocations[sec->info->index] = true;

  klp_for_each_section (elf, sec)
    {
      if (sec->removed || !klp_is_annotation_section (sec)
	  || sec->sh.sh_size == 0)
	continue;
      if (sec->sh.sh_type == SHT_NOBITS)
	{
	  klp_error (elf->path, "annotation section '%s' has no contents "
		     "(SHT_NOBITS)", sec->name);
	  ret = -1;
	}
      else if (!has_relocations[sec->index])
	{
	  klp_error (elf->path, "annotation section '%s' has %lu bytes but "
		     "no relocations: its entries do not name any symbol",
		     sec->name, (unsigned long) sec->sh.sh_size);
	  ret = -1;
	}
    }
  free (has_relocations);
  return ret;
}

/* Step 2: the relocation E of an entry of the kind MACRO must be the
   absolute 64-bit type.  */
static int
check_entry_type (struct klp_elf *elf, const struct entry *e,
		  GElf_Word abs64, const char *macro)
{
  GElf_Word type = GELF_R_TYPE (e->rela.r_info);

  if (type == abs64)
    return 0;
  klp_error (elf->path, "annotation section '%s': the entry at offset 0x%lx "
	     "has relocation type %u, expected the absolute 64-bit type %u: "
	     "not a %s entry", e->sec->name, (unsigned long) e->rela.r_offset,
	     (unsigned) type, (unsigned) abs64, macro);
  return -1;
}

/* Step 2: the entry of ENTRY_SIZE bytes at E's offset must fit in its
   section; its bytes in *BYTES.  */
static int
check_entry_fits (struct klp_elf *elf, const struct entry *e,
		  size_t entry_size, const unsigned char **bytes)
{
  unsigned long offset = e->rela.r_offset;
  size_t size;

  *bytes = klp_section_bytes (e->sec, &size);
  if (*bytes && size >= entry_size && offset <= size - entry_size)
    return 0;
  klp_error (elf->path, "annotation section '%s': the entry at offset 0x%lx "
	     "does not fit in the section's %zu bytes (an entry has %zu)",
	     e->sec->name, offset, size, entry_size);
  return -1;
}

/* Step 2: the symbol that the first relocation E of an entry of the kind
   MACRO names, or NULL after an error.  */
static struct klp_symbol *
entry_symbol (struct klp_elf *elf, const struct entry *e, const char *macro)
{
  unsigned long offset = e->rela.r_offset;
  struct klp_symbol *sym = klp_rela_symbol (e->relsec, &e->rela);

  if (!sym)
    {
      klp_error (elf->path, "annotation section '%s': the entry at offset "
		 "0x%lx names no symbol", e->sec->name, offset);
      return NULL;
    }
  if (GELF_ST_TYPE (sym->sym.st_info) == STT_SECTION)
    {
      klp_error (elf->path, "annotation section '%s': the entry at offset "
		 "0x%lx refers to a definition in section '%s', not to a "
		 "symbol of the patched object: %s must name a symbol "
		 "declared 'extern'", e->sec->name, offset,
		 sym->sec ? sym->sec->name : "?", macro);
      return NULL;
    }
  return sym;
}

/* Steps 2 and 3 for one position entry E; NEXT is the following
   relocation of the same section or NULL.  Fills A and returns 0, or
   reports and returns -1.  */
static int
read_pos_entry (struct klp_elf *elf, const struct entry *e,
		const struct entry *next, GElf_Word abs64,
		struct klp_annotation *a)
{
  const char *secname = e->sec->name;
  unsigned long offset = e->rela.r_offset;
  const unsigned char *bytes;
  struct klp_symbol *sym;

  if (check_entry_type (elf, e, abs64, "KLP_SYMPOS") != 0
      || check_entry_fits (elf, e, KLP_MODULE_RELOC_SIZE, &bytes) != 0)
    return -1;
  if (next && next->rela.r_offset - e->rela.r_offset < KLP_MODULE_RELOC_SIZE)
    {
      klp_error (elf->path, "annotation section '%s': relocations at offsets "
		 "0x%lx and 0x%lx fall in one %d-byte entry", secname, offset,
		 (unsigned long) next->rela.r_offset, KLP_MODULE_RELOC_SIZE);
      return -1;
    }
  if (!(sym = entry_symbol (elf, e, "KLP_SYMPOS")))
    return -1;

  a->sec = e->sec;
  a->obj = secname + strlen (KLP_MODULE_RELOCS_PREFIX);
  a->sym = sym;
  a->offset = e->rela.r_offset;
  a->pos = klp_elf_read_u32 (elf, bytes + offset
				  + KLP_MODULE_RELOC_SYMPOS_OFFSET);
  a->file = NULL;
  return 0;
}

/* Step 3 for the second relocation F of a file entry whose bytes are at
   ENTRY: the string it points to, or NULL after an error.  */
static const char *
read_entry_string (struct klp_elf *elf, const struct entry *f,
		   const unsigned char *entry)
{
  const char *secname = f->sec->name;
  unsigned long offset = f->rela.r_offset - KLP_MODULE_FILE_FILE_OFFSET;
  struct klp_symbol *sym = klp_rela_symbol (f->relsec, &f->rela);
  const unsigned char *bytes, *nul;
  uint64_t at = f->rela.r_addend;
  size_t size;

  if (!sym || !sym->sec || sym->sec->removed)
    {
      klp_error (elf->path, "annotation section '%s': the file of the entry "
		 "at offset 0x%lx is not a string of the module (its "
		 "relocation names %s%s%s)", secname, offset,
		 sym ? "'" : "no symbol", sym ? sym->name : "",
		 sym ? "'" : "");
      return NULL;
    }
  if (f->relsec->sh.sh_type == SHT_REL)
    at = klp_elf_read_u64 (elf, entry + KLP_MODULE_FILE_FILE_OFFSET);
  at += sym->sym.st_value;
  bytes = klp_section_bytes (sym->sec, &size);
  if (!bytes || at >= size)
    {
      klp_error (elf->path, "annotation section '%s': the file of the entry "
		 "at offset 0x%lx points outside section '%s'", secname,
		 offset, sym->sec->name);
      return NULL;
    }
  nul = memchr (bytes + at, '\0', size - at);
  if (!nul)
    {
      klp_error (elf->path, "annotation section '%s': the file of the entry "
		 "at offset 0x%lx is not NUL-terminated in section '%s'",
		 secname, offset, sym->sec->name);
      return NULL;
    }
  if (nul == bytes + at)
    {
      klp_error (elf->path, "annotation section '%s': the entry at offset "
		 "0x%lx names an empty file: KLP_SYMFILE needs a source file "
		 "path", secname, offset);
      return NULL;
    }
  return (const char *) bytes + at;
}

/* Steps 2 and 3 for the file entry that starts with relocation E[0], of
   the N relocations of its section from E on.  Fills A.  Returns the
   number of relocations the entry has (1 or 2), and sets *FAILED after
   reporting an error.  */
static size_t
read_file_entry (struct klp_elf *elf, const struct entry *e, size_t n,
		 GElf_Word abs64, struct klp_annotation *a, bool *failed)
{
  const char *secname = e->sec->name;
  unsigned long offset = e->rela.r_offset;
  const struct entry *f = n > 1 ? &e[1] : NULL;
  const unsigned char *bytes;
  struct klp_symbol *sym;
  const char *path;

  *failed = true;
  if (!f || f->rela.r_offset != e->rela.r_offset + KLP_MODULE_FILE_FILE_OFFSET)
    {
      klp_error (elf->path, "annotation section '%s': the entry at offset "
		 "0x%lx has no relocation for its file at offset 0x%lx: a "
		 "KLP_SYMFILE entry has two", secname, offset,
		 offset + KLP_MODULE_FILE_FILE_OFFSET);
      return 1;
    }
  if (n > 2 && e[2].rela.r_offset - offset < KLP_MODULE_FILE_SIZE)
    {
      klp_error (elf->path, "annotation section '%s': relocations at offsets "
		 "0x%lx, 0x%lx and 0x%lx fall in one %d-byte entry", secname,
		 offset, (unsigned long) f->rela.r_offset,
		 (unsigned long) e[2].rela.r_offset, KLP_MODULE_FILE_SIZE);
      return 2;
    }
  if (check_entry_type (elf, e, abs64, "KLP_SYMFILE") != 0
      || check_entry_type (elf, f, abs64, "KLP_SYMFILE") != 0
      || check_entry_fits (elf, e, KLP_MODULE_FILE_SIZE, &bytes) != 0
      || !(sym = entry_symbol (elf, e, "KLP_SYMFILE"))
      || !(path = read_entry_string (elf, f, bytes + offset)))
    return 2;

  a->sec = e->sec;
  a->obj = secname + strlen (KLP_MODULE_FILES_PREFIX);
  a->sym = sym;
  a->offset = offset;
  a->pos = 0;
  a->file = path;
  *failed = false;
  return 2;
}

int
klp_read_annotations (struct klp_elf *elf,
		      struct klp_annotation **annotations, size_t *count)
{
  struct entry *entries = NULL;
  struct klp_annotation *result = NULL;
  size_t n = 0, nresult = 0;
  GElf_Word abs64 = 0;
  int ret = 0;

  *annotations = NULL;
  *count = 0;
  if (check_sections_have_relocations (elf) != 0)
    ret = -1;
  if (collect_entries (elf, &entries, &n) != 0)
    return -1;
  if (n == 0)
    return ret;

  if (!klp_abs64_reloc_type (elf->ehdr.e_machine, &abs64))
    {
      klp_error (elf->path, "annotations for machine %u cannot be read: "
		 "the kernel livepatches x86_64, ppc64, s390x and aarch64",
		 (unsigned) elf->ehdr.e_machine);
      free (entries);
      return -1;
    }
  result = klp_xcalloc (elf->path, n, sizeof *result);
  if (!result)
    {
      free (entries);
      return -1;
    }
  for (size_t i = 0; i < n;)
    {
      size_t rest = 1;
      bool failed;

      /* The relocations of this section from I on.  */
      while (i + rest < n && entries[i + rest].sec == entries[i].sec)
	rest++;
      if (is_file_annotation_section (entries[i].sec))
	i += read_file_entry (elf, &entries[i], rest, abs64,
			      &result[nresult], &failed);
      else
	{
	  failed = read_pos_entry (elf, &entries[i],
				   rest > 1 ? &entries[i + 1] : NULL, abs64,
				   &result[nresult]) != 0;
	  i++;
	}
      if (failed)
	ret = -1;
      else
	nresult++;
    }
  free (entries);
  if (ret != 0)
    {
      free (result);
      return -1;
    }
  *annotations = result;
  *count = nresult;
  return 0;
}

int
klp_check_annotation_references (struct klp_elf *elf)
{
  struct klp_section *sec;
  int ret = 0;

  klp_for_each_section (elf, sec)
    {
      size_t bad = 0;
      GElf_Rela first = { 0 };
      struct klp_symbol *first_sym = NULL;
      struct klp_rela_iter r;

      if (sec->removed || !is_rela_section (sec)
	  || is_annotation_rela_section (sec) || !is_alloc_section (sec->info))
	continue;
      klp_for_each_rela (sec, r)
	if (r.sym && is_annotation_symbol (r.sym) && bad++ == 0)
	  {
	    first = r.rela;
	    first_sym = r.sym;
	  }
      if (bad)
	{
	  const char *what = first_sym->name;
	  if (GELF_ST_TYPE (first_sym->sym.st_info) == STT_SECTION)
	    what = NULL;
	  klp_error (elf->path, "section '%s' refers to %s%s%sannotation "
		     "section '%s' at offset 0x%lx (%zu reference%s in all): "
		     "code and data must not use KLP_MODULE_RELOC arrays, which "
		     "are removed from the module", sec->info->name,
		     what ? "'" : "", what ? what : "", what ? "' of " : "",
		     first_sym->sec->name, (unsigned long) first.r_offset, bad,
		     bad == 1 ? "" : "s");
	  ret = -1;
	}
    }
  return ret;
}

/* Step 4: drop the relocations of live sections that refer to removed
   symbols (only non-allocated sections can, after the check), and note in
   USED every symbol a remaining relocation refers to.  */
static int
drop_dangling_relocations (struct klp_elf *elf, bool *used)
{
  struct klp_section *sec;

  klp_for_each_section (elf, sec)
    {
      size_t n, kept = 0;
      struct klp_rela_iter r;
      bool *keep;

      if (sec->removed || !is_rela_section (sec))
	continue;
      n = klp_rela_count (sec);
      if (n == 0)
	continue;
      keep = klp_xcalloc (elf->path, n, sizeof *keep);
      if (!keep)
	return -1;
      klp_for_each_rela (sec, r)
	{
	  keep[r.i] = !r.sym || !r.sym->removed;
	  if (keep[r.i])
	    {
	      kept++;
	      if (r.sym)
		used[r.sym->index] = true;
	    }
	}
      if (kept < n)
	{
	  if (klp_section_filter_relas (sec, keep) != 0)
	    {
	      free (keep);
	      return -1;
	    }
	  if (kept == 0)
	    klp_section_remove (elf, sec);
	}
      free (keep);
    }
  return 0;
}

int
klp_remove_annotations (struct klp_elf *elf)
{
  struct klp_section *sec;
  struct klp_symbol *sym;
  bool *annotated = NULL, *used = NULL;
  int ret = -1;

  if (!klp_first_annotation_section (elf))
    return 0;
  if (klp_check_annotation_references (elf) != 0)
    return -1;

  annotated = klp_xcalloc (elf->path, elf->nsyms, sizeof *annotated);
  used = klp_xcalloc (elf->path, elf->nsyms, sizeof *used);
  if (!annotated || !used)
    goto out;

  /* Step 2.  */
  klp_for_each_section (elf, sec)
    {
      struct klp_rela_iter r;

      if (is_annotation_rela_section (sec))
	klp_for_each_rela (sec, r)
	  if (r.sym)
	    annotated[r.sym->index] = true;
    }

  /* Step 3.  */
  klp_for_each_section (elf, sec)
    if (!sec->removed && klp_is_annotation_section (sec))
      klp_section_remove (elf, sec);
  klp_for_each_symbol (elf, sym)
    if (!sym->removed && is_annotation_symbol (sym))
      klp_symbol_remove (elf, sym);

  /* Step 4.  */
  if (drop_dangling_relocations (elf, used) != 0)
    goto out;

  /* Step 5.  */
  klp_for_each_symbol (elf, sym)
    if (!sym->removed && annotated[sym->index] && !used[sym->index]
	&& sym->shndx == SHN_UNDEF)
      klp_symbol_remove (elf, sym);
  ret = 0;

out:
  free (annotated);
  free (used);
  return ret;
}
