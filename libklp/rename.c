/* Renaming annotated undefined symbols, one object at a time.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Inspecting an input (klp_inspect_input) reads, with pread(2) at the
   input's offset (so that archive members need no archive handle), the
   ELF header, the section header table and the section name table, and
   nothing else: two reads per input when the name table lies just
   before the section headers (as GNU as and ld write it), else three.
   Fields are decoded by hand in the object's byte order.  Malformed
   headers are not reported here: the input is simply not one the plugin
   touches, and ld reports it.  Scanning an input's global definitions
   (klp_scan_defined_globals) reads its symbol table and string table
   the same way, in one read when they are close together.

   Planning (klp_plan_renames):
     1. read the annotations (klp_read_annotations), KLP_SYMPOS and
	KLP_SYMFILE entries alike;
     2. check each entry: a target object name the kernel can parse, a
	symbol that is undefined and global, a symbol name the kernel can
	parse; note the first entry of each symbol and report every other
	entry that gives the same symbol another object, position or file;
     3. in symbol table order, decide each annotated symbol's new name,
	".klp.sym.<obj>.<name>,<pos>" or ".klp.sym.<obj>.<name>,@<file>",
	leaving alone a symbol already named ".klp.sym.*" that agrees with
	its annotations (an object renamed by an earlier ld -r).
   Applying (klp_apply_renames) renames the symbols in the model.  */

#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <klp/abi.h>
#include "annotations.h"
#include "convert.h"
#include "diag.h"
#include "rename.h"
#include "rules.h"

/* --------------------------------------------------------------------
   Inspecting an input from its headers.
   -------------------------------------------------------------------- */

#define ELF64_EHDR_SIZE 64
#define ELF64_SHDR_SIZE 64

/* Read exactly SIZE bytes at OFFSET.  Returns 0, 1 at end of file, or -1
   with errno set.  */
static int
read_at (int fd, void *buf, size_t size, off_t offset)
{
  unsigned char *p = buf;
  while (size > 0)
    {
      ssize_t n = pread (fd, p, size, offset);
      if (n < 0 && errno == EINTR)
	continue;
      if (n < 0)
	return -1;
      if (n == 0)
	return 1;
      p += n;
      size -= n;
      offset += n;
    }
  return 0;
}

/* The SIZE-byte (2, 4 or 8) unsigned field at P.  Written as shifts of
   a constant count, which compilers turn into a load (and a byte swap),
   since every section header and symbol goes through here.  */
static inline uint64_t
get_uint (const unsigned char *p, int size, bool big_endian)
{
  uint64_t v = 0;
  switch (size)
    {
    case 2:
      return big_endian ? (uint64_t) p[0] << 8 | p[1]
			: (uint64_t) p[1] << 8 | p[0];
    case 4:
      return big_endian
	       ? (uint64_t) p[0] << 24 | (uint64_t) p[1] << 16
		   | (uint64_t) p[2] << 8 | p[3]
	       : (uint64_t) p[3] << 24 | (uint64_t) p[2] << 16
		   | (uint64_t) p[1] << 8 | p[0];
    default:
      for (int i = 0; i < 8; i++)
	v = v << 8 | p[big_endian ? i : 7 - i];
      return v;
    }
}

static bool
has_prefix (const char *s, const char *prefix)
{
  return strncmp (s, prefix, strlen (prefix)) == 0;
}

/* Classify one section by its name and header SHDR.  */
static void
note_section (struct klp_input_info *info, const char *name,
	      const unsigned char *shdr, bool be)
{
  if (has_prefix (name, KLP_MODULE_RELOCS_PREFIX)
      || has_prefix (name, KLP_MODULE_FILES_PREFIX))
    info->has_annotations = true;
  else if (has_prefix (name, ".gnu.lto_"))
    info->is_lto = true;
  else if (strcmp (name, ".gnu.linkonce.this_module") == 0)
    info->has_this_module = true;
  else if (strcmp (name, ".modinfo") == 0
	   && get_uint (shdr + 4, 4, be) == SHT_PROGBITS)
    {
      info->has_modinfo = true;
      info->modinfo_offset = get_uint (shdr + 0x18, 8, be);
      info->modinfo_size = get_uint (shdr + 0x20, 8, be);
    }
}

/* Note where the symbol table SHDR and its string table (section LINK
   of the SHNUM headers SHDRS) are, when both lie within the SIZE bytes
   of the input.  */
static void
note_symtab (struct klp_input_info *info, const unsigned char *shdrs,
	     uint64_t shnum, const unsigned char *shdr, uint64_t size,
	     bool be)
{
  uint64_t link = get_uint (shdr + 0x28, 4, be);
  uint64_t sym_off = get_uint (shdr + 0x18, 8, be);
  uint64_t sym_size = get_uint (shdr + 0x20, 8, be);
  const unsigned char *strtab = shdrs + link * ELF64_SHDR_SIZE;
  uint64_t str_off, str_size;

  if (link == SHN_UNDEF || link >= shnum
      || get_uint (strtab + 4, 4, be) != SHT_STRTAB)
    return;
  str_off = get_uint (strtab + 0x18, 8, be);
  str_size = get_uint (strtab + 0x20, 8, be);
  if (sym_off > size || sym_size > size - sym_off || str_off > size
      || str_size > size - str_off)
    return;
  info->symtab_offset = sym_off;
  info->symtab_size = sym_size;
  info->strtab_offset = str_off;
  info->strtab_size = str_size;
}

/* How far before the section headers the name table is looked for in
   the same read.  */
#define NAMES_WINDOW 4096

/* The section headers and the name table of an ELF64 object of SIZE
   bytes at OFFSET whose header is EHDR.  One read takes the headers and
   the NAMES_WINDOW bytes before them, where assemblers and linkers put
   the name table; a second one reads the table when it is elsewhere.
   Returns 0 (INFO filled, or the object left unclassified when the
   headers are not sane), or -1 with errno set.  */
static int
inspect_sections (int fd, off_t offset, uint64_t size,
		  const unsigned char *ehdr, struct klp_input_info *info)
{
  /* Most objects' headers fit here: no allocation for them.  */
  unsigned char window_buf[NAMES_WINDOW + 128 * ELF64_SHDR_SIZE];
  char names_buf[4096];
  bool be = ehdr[EI_DATA] == ELFDATA2MSB;
  uint64_t shoff = get_uint (ehdr + 0x28, 8, be);
  uint64_t shentsize = get_uint (ehdr + 0x3a, 2, be);
  uint64_t shnum = get_uint (ehdr + 0x3c, 2, be);
  uint64_t shstrndx = get_uint (ehdr + 0x3e, 2, be);
  unsigned char *window = window_buf, *shdrs;
  char *names, *names_copy = NULL;
  uint64_t names_off, names_size, before, window_size;
  int r, ret = -1;

  if (shoff == 0 || shentsize != ELF64_SHDR_SIZE || shoff >= size
      || size - shoff < ELF64_SHDR_SIZE)
    return 0;
  if (shnum == 0 || shstrndx == SHN_XINDEX)
    {
      /* More sections than fit in the header: section 0 holds them.  */
      unsigned char sh0[ELF64_SHDR_SIZE];
      r = read_at (fd, sh0, sizeof sh0, offset + shoff);
      if (r != 0)
	return r < 0 ? -1 : 0;
      if (shnum == 0)
	shnum = get_uint (sh0 + 0x20, 8, be);
      if (shstrndx == SHN_XINDEX)
	shstrndx = get_uint (sh0 + 0x28, 4, be);
    }
  if (shnum == 0 || shnum > (size - shoff) / ELF64_SHDR_SIZE
      || shstrndx == SHN_UNDEF || shstrndx >= shnum)
    return 0;

  before = shoff < NAMES_WINDOW ? shoff : NAMES_WINDOW;
  window_size = before + shnum * ELF64_SHDR_SIZE;
  if (window_size > sizeof window_buf)
    window = malloc (window_size);
  if (!window)
    return -1;
  r = read_at (fd, window, window_size, offset + shoff - before);
  if (r != 0)
    {
      ret = r < 0 ? -1 : 0;
      goto out;
    }
  shdrs = window + before;
  names_off = get_uint (shdrs + shstrndx * ELF64_SHDR_SIZE + 0x18, 8, be);
  names_size = get_uint (shdrs + shstrndx * ELF64_SHDR_SIZE + 0x20, 8, be);
  if (names_size == 0 || names_off >= size || size - names_off < names_size)
    {
      ret = 0;
      goto out;
    }
  if (names_off >= shoff - before && names_off + names_size <= shoff
      && window[names_off - (shoff - before) + names_size - 1] == '\0')
    names = (char *) window + (names_off - (shoff - before));
  else
    {
      /* Elsewhere, or not ended by a NUL: a copy that is.  */
      names = names_buf;
      if (names_size + 1 > sizeof names_buf)
	names = names_copy = malloc (names_size + 1);
      if (!names)
	goto out;
      r = read_at (fd, names, names_size, offset + names_off);
      if (r != 0)
	{
	  ret = r < 0 ? -1 : 0;
	  goto out;
	}
      names[names_size] = '\0';
    }

  for (uint64_t i = 1; i < shnum; i++)
    {
      const unsigned char *shdr = shdrs + i * ELF64_SHDR_SIZE;
      uint64_t name = get_uint (shdr, 4, be);
      /* Every name libklp looks for starts with ".k", ".g" or ".m".  */
      if (name + 1 < names_size && names[name] == '.'
	  && (names[name + 1] == 'k' || names[name + 1] == 'g'
	      || names[name + 1] == 'm'))
	note_section (info, names + name, shdr, be);
      if (info->symtab_size == 0
	  && get_uint (shdr + 4, 4, be) == SHT_SYMTAB)
	note_symtab (info, shdrs, shnum, shdr, size, be);
    }
  info->is_elf64_rel = true;
  ret = 0;

out:
  free (names_copy);
  if (window != window_buf)
    free (window);
  return ret;
}

int
klp_inspect_input (const char *name, int fd, off_t offset, off_t size,
		   struct klp_input_info *info)
{
  unsigned char ehdr[ELF64_EHDR_SIZE];
  int r;

  memset (info, 0, sizeof *info);
  if (size < EI_NIDENT)
    return 0;
  r = read_at (fd, ehdr, size < ELF64_EHDR_SIZE ? EI_NIDENT : ELF64_EHDR_SIZE,
	       offset);
  if (r < 0)
    {
      klp_error (name, "cannot read: %s", strerror (errno));
      return -1;
    }
  if (r > 0 || memcmp (ehdr, ELFMAG, SELFMAG) != 0)
    return 0;
  info->is_elf = true;
  info->data = ehdr[EI_DATA];
  if (size < ELF64_EHDR_SIZE || ehdr[EI_CLASS] != ELFCLASS64
      || (ehdr[EI_DATA] != ELFDATA2LSB && ehdr[EI_DATA] != ELFDATA2MSB))
    return 0;
  info->machine = get_uint (ehdr + 18, 2, ehdr[EI_DATA] == ELFDATA2MSB);
  if (get_uint (ehdr + 16, 2, ehdr[EI_DATA] == ELFDATA2MSB) != ET_REL)
    return 0;
  if (inspect_sections (fd, offset, size, ehdr, info) != 0)
    {
      klp_error (name, "cannot read the section headers: %s",
		 strerror (errno));
      return -1;
    }
  return 0;
}

#define ELF64_SYM_SIZE 24

int
klp_scan_defined_globals (const char *name, int fd, off_t offset,
			  const struct klp_input_info *info,
			  void (*found) (void *data, const char *symbol),
			  void *data)
{
  uint64_t sym_off = info->symtab_offset, sym_size = info->symtab_size;
  uint64_t str_off = info->strtab_offset, str_size = info->strtab_size;
  bool be = info->data == ELFDATA2MSB;
  uint64_t lo = sym_off < str_off ? sym_off : str_off;
  uint64_t hi = sym_off + sym_size > str_off + str_size ? sym_off + sym_size
							 : str_off + str_size;
  unsigned char *buf, *syms;
  const char *strs;
  int r;

  /* Entry 0 is the null symbol: a table of one defines nothing.  */
  if (!info->is_elf64_rel || sym_size < 2 * ELF64_SYM_SIZE || str_size == 0)
    return 0;
  if (hi - lo <= sym_size + str_size + NAMES_WINDOW)
    {
      /* Close together, as assemblers and linkers write them: one read. */
      buf = klp_xmalloc (name, hi - lo);
      if (!buf)
	return -1;
      r = read_at (fd, buf, hi - lo, offset + lo);
      syms = buf + (sym_off - lo);
      strs = (const char *) buf + (str_off - lo);
    }
  else
    {
      buf = klp_xmalloc (name, sym_size + str_size);
      if (!buf)
	return -1;
      r = read_at (fd, buf, sym_size, offset + sym_off);
      if (r == 0)
	r = read_at (fd, buf + sym_size, str_size, offset + str_off);
      syms = buf;
      strs = (const char *) buf + sym_size;
    }
  if (r != 0)
    {
      klp_error (name, "cannot read the symbol table: %s",
		 r < 0 ? strerror (errno) : "unexpected end of file");
      free (buf);
      return -1;
    }
  for (uint64_t i = 1; i < sym_size / ELF64_SYM_SIZE; i++)
    {
      const unsigned char *sym = syms + i * ELF64_SYM_SIZE;
      uint64_t st_name = get_uint (sym, 4, be);

      if (GELF_ST_BIND (sym[4]) == STB_LOCAL
	  || GELF_ST_TYPE (sym[4]) == STT_SECTION
	  || get_uint (sym + 6, 2, be) == SHN_UNDEF)
	continue;
      if (st_name < str_size
	  && memchr (strs + st_name, '\0', str_size - st_name))
	found (data, strs + st_name);
    }
  free (buf);
  return 0;
}

/* --------------------------------------------------------------------
   Names of archive members.
   -------------------------------------------------------------------- */

#define AR_MAGIC "!<arch>\n"
#define AR_HDR_SIZE 60

/* The long name at INDEX of the archive's "//" table, malloc'd, or NULL.
   The table is one of the first members (after the symbol tables).  */
static char *
read_long_name (int fd, unsigned long index)
{
  unsigned char hdr[AR_HDR_SIZE];
  off_t pos = sizeof AR_MAGIC - 1;

  for (int member = 0; member < 4; member++)
    {
      char sizebuf[11];
      unsigned long size;

      if (read_at (fd, hdr, sizeof hdr, pos) != 0
	  || memcmp (hdr + 58, "`\n", 2) != 0)
	return NULL;
      memcpy (sizebuf, hdr + 48, 10);
      sizebuf[10] = '\0';
      size = strtoul (sizebuf, NULL, 10);
      if (memcmp (hdr, "//              ", 16) == 0)
	{
	  char *table, *name, *end;
	  if (index >= size)
	    return NULL;
	  table = malloc (size + 1);
	  if (!table)
	    return NULL;
	  if (read_at (fd, table, size, pos + AR_HDR_SIZE) != 0)
	    {
	      free (table);
	      return NULL;
	    }
	  table[size] = '\0';
	  name = table + index;
	  end = strstr (name, "/\n");
	  if (!end)
	    end = strchr (name, '\n');
	  if (end)
	    *end = '\0';
	  name = strdup (name);
	  free (table);
	  return name;
	}
      if (hdr[0] != '/')
	return NULL;		/* Past the special members.  */
      pos += AR_HDR_SIZE + size + (size & 1);
    }
  return NULL;
}

char *
klp_archive_member_name (const char *archive, int fd, off_t offset)
{
  unsigned char hdr[AR_HDR_SIZE];
  char *member = NULL, *result;

  if (offset >= AR_HDR_SIZE
      && read_at (fd, hdr, sizeof hdr, offset - AR_HDR_SIZE) == 0
      && memcmp (hdr + 58, "`\n", 2) == 0)
    {
      char field[17];
      memcpy (field, hdr, 16);
      field[16] = '\0';
      if (field[0] == '/' && field[1] >= '0' && field[1] <= '9')
	member = read_long_name (fd, strtoul (field + 1, NULL, 10));
      else if (field[0] != '/' && field[0] != ' '
	       && memcmp (field, "#1/", 3) != 0)
	{
	  /* "name/" padded with spaces (GNU) or "name" (BSD, short).  */
	  size_t len = strcspn (field, "/ ");
	  field[len] = '\0';
	  member = strdup (field);
	}
    }
  if (member)
    result = klp_xasprintf (archive, "%s(%s)", archive, member);
  else
    result = klp_xasprintf (archive, "%s(@%lld)", archive,
			    (long long) offset);
  free (member);
  return result;
}

int
klp_archive_has_annotations (const char *archive, int fd, bool *result)
{
  unsigned char hdr[AR_HDR_SIZE];
  char magic[sizeof AR_MAGIC - 1];
  off_t pos = sizeof magic;
  struct stat st;

  *result = false;
  if (fstat (fd, &st) != 0)
    {
      klp_error (archive, "cannot read: %s", strerror (errno));
      return -1;
    }
  if (read_at (fd, magic, sizeof magic, 0) != 0
      || memcmp (magic, AR_MAGIC, sizeof magic) != 0)
    return 0;
  while (pos + AR_HDR_SIZE <= st.st_size)
    {
      struct klp_input_info info;
      char sizebuf[11];
      off_t size, data = pos + AR_HDR_SIZE;

      if (read_at (fd, hdr, sizeof hdr, pos) != 0
	  || memcmp (hdr + 58, "`\n", 2) != 0)
	return 0;
      memcpy (sizebuf, hdr + 48, 10);
      sizebuf[10] = '\0';
      size = strtoll (sizebuf, NULL, 10);
      if (size < 0 || size > st.st_size - data)
	return 0;
      pos = data + size + (size & 1);
      if (hdr[0] == '/')
	continue;		/* Symbol or long name table.  */
      if (memcmp (hdr, "#1/", 3) == 0)
	{
	  /* BSD: the name, of the given length, starts the data.  */
	  off_t len = strtoll ((const char *) hdr + 3, NULL, 10);
	  if (len < 0 || len > size)
	    return 0;
	  data += len;
	  size -= len;
	}
      if (klp_inspect_input (archive, fd, data, size, &info) != 0)
	return -1;
      if (info.has_annotations)
	{
	  *result = true;
	  return 0;
	}
    }
  return 0;
}

/* --------------------------------------------------------------------
   Planning and applying.
   -------------------------------------------------------------------- */

/* Step 2 for the object name of annotation A: reported once per
   section (LAST remembers the last section reported).  */
static int
check_object_name (struct klp_elf *elf, const struct klp_annotation *a,
		   const struct klp_section **last)
{
  if (klp_find_objname_problem (a->obj) == KLP_NAME_OK)
    return 0;
  if (*last != a->sec)
    klp_error (elf->path, "annotation section '%s': object name '%s' "
	       "cannot be used: the kernel reads 1 to %d characters without "
	       "'.'", a->sec->name, a->obj, KLP_OBJNAME_MAX);
  *last = a->sec;
  return -1;
}

/* Step 2 for the symbol of annotation A.  */
static int
check_annotated_symbol (struct klp_elf *elf, const struct klp_annotation *a)
{
  const struct klp_symbol *sym = a->sym;
  unsigned long offset = a->offset;

  if (!is_undefined_symbol (sym))
    {
      klp_error (elf->path, "annotation section '%s': the entry at offset "
		 "%#lx names '%s', which this object defines%s: an annotation "
		 "must name a symbol of the patched object, declared 'extern'",
		 a->sec->name, offset, sym->name,
		 is_local_symbol (sym) ? " as a local symbol" : "");
      return -1;
    }
  if (is_local_symbol (sym))
    {
      klp_error (elf->path, "annotation section '%s': the entry at offset "
		 "%#lx names the local symbol '%s': an annotation must name "
		 "a global undefined symbol", a->sec->name, offset, sym->name);
      return -1;
    }
  if (has_prefix (sym->name, KLP_SYM_PREFIX))
    return 0;			/* Checked against its name in step 3.  */
  if (klp_find_symname_problem (sym->name) != KLP_NAME_OK)
    {
      klp_error (elf->path, "annotation section '%s': symbol name '%s' "
		 "cannot be used in a klp symbol: the kernel reads at most %d "
		 "characters without ','", a->sec->name, sym->name,
		 KLP_SYMNAME_MAX);
      return -1;
    }
  return 0;
}

/* Step 2: whether A and FIRST (the first annotation of the same symbol)
   agree; reports when not.  */
static int
check_same_target (struct klp_elf *elf, const struct klp_annotation *first,
		   const struct klp_annotation *a)
{
  char t1[KLP_SYMNAME_MAX + 16], t2[KLP_SYMNAME_MAX + 16];

  if (klp_is_same_annotation_target (first, a))
    return 0;
  klp_error (elf->path, "'%s' is annotated twice with different targets: "
	     "%s in '%s' (section '%s', offset %#lx) and %s in '%s' (section "
	     "'%s', offset %#lx); one object must give a symbol one position "
	     "or one file", a->sym->name,
	     klp_describe_annotation_target (first, t1, sizeof t1), first->obj,
	     first->sec->name, (unsigned long) first->offset,
	     klp_describe_annotation_target (a, t2, sizeof t2), a->obj,
	     a->sec->name, (unsigned long) a->offset);
  return -1;
}

/* Step 3 for a symbol already named ".klp.sym.*": its name must agree
   with its annotation A.  */
static int
check_klp_name (struct klp_elf *elf, const struct klp_annotation *a)
{
  char obj[KLP_OBJNAME_MAX + 1], name[KLP_SYMNAME_MAX + 1];
  char target[KLP_SYMNAME_MAX + 16];
  unsigned long pos = 0;
  const char *file = NULL;
  bool agrees;

  if (klp_parse_sym_name (a->sym->name, obj, name, &pos))
    agrees = !a->file && pos == a->pos;
  else if (klp_parse_symfile_name (a->sym->name, obj, name, &file))
    agrees = a->file && strcmp (file, a->file) == 0;
  else
    {
      klp_error (elf->path, "annotation section '%s': symbol '%s' has an "
		 "incorrectly formatted klp symbol name (expected "
		 "'.klp.sym.<object>.<name>,<position>')", a->sec->name,
		 a->sym->name);
      return -1;
    }
  if (!agrees || strcmp (obj, a->obj) != 0)
    {
      klp_error (elf->path, "symbol '%s' is annotated as %s in '%s' (section "
		 "'%s', offset %#lx), which its name contradicts",
		 a->sym->name,
		 klp_describe_annotation_target (a, target, sizeof target),
		 a->obj, a->sec->name, (unsigned long) a->offset);
      return -1;
    }
  return 0;
}

int
klp_plan_renames (struct klp_elf *elf, struct klp_rename_plan *plan)
{
  struct klp_annotation *annotations = NULL;
  const struct klp_annotation **first = NULL;
  const struct klp_section *last_bad_section = NULL;
  size_t count = 0, nrenames = 0;
  int ret = 0;

  memset (plan, 0, sizeof *plan);

  /* Step 1.  */
  if (klp_read_annotations (elf, &annotations, &count) != 0)
    return -1;
  plan->nannotations = count;
  if (count == 0)
    return 0;

  /* Step 2.  */
  first = klp_xcalloc (elf->path, elf->nsyms, sizeof *first);
  if (!first)
    {
      free (annotations);
      return -1;
    }
  for (size_t i = 0; i < count; i++)
    {
      const struct klp_annotation *a = &annotations[i];
      size_t index = a->sym->index;

      if (check_object_name (elf, a, &last_bad_section) != 0
	  || check_annotated_symbol (elf, a) != 0)
	ret = -1;
      else if (!first[index])
	{
	  first[index] = a;
	  nrenames++;
	}
      else if (check_same_target (elf, first[index], a) != 0)
	ret = -1;
    }

  /* Step 3.  */
  if (ret == 0 && nrenames > 0)
    {
      plan->renames = klp_xcalloc (elf->path, nrenames,
				   sizeof *plan->renames);
      if (!plan->renames)
	ret = -1;
    }
  for (size_t i = 0; ret == 0 && i < elf->nsyms; i++)
    {
      const struct klp_annotation *a = first[i];
      struct klp_rename *r;

      if (!a)
	continue;
      if (has_prefix (a->sym->name, KLP_SYM_PREFIX))
	{
	  if (check_klp_name (elf, a) != 0)
	    ret = -1;
	  plan->nalready++;
	  continue;
	}
      r = &plan->renames[plan->count];
      r->sym = a->sym;
      r->old_name = a->sym->name;
      r->obj = a->obj;
      r->pos = a->pos;
      r->file = a->file;
      if (a->file)
	r->new_name = klp_make_symfile_name (elf->path, a->obj, a->sym->name,
					     a->file);
      else
	r->new_name = klp_make_sym_name (elf->path, a->obj, a->sym->name,
					 a->pos);
      if (!r->new_name)
	ret = -1;
      else
	plan->count++;
    }

  free (first);
  free (annotations);
  if (ret != 0)
    klp_rename_plan_free (plan);
  return ret;
}

int
klp_apply_renames (struct klp_elf *elf, const struct klp_rename_plan *plan)
{
  for (size_t i = 0; i < plan->count; i++)
    {
      const struct klp_rename *r = &plan->renames[i];
      if (klp_symbol_rename (elf, r->sym, r->new_name) != 0)
	return -1;
      klp_note (elf->path, "'%s' becomes '%s'", r->old_name, r->new_name);
    }
  return 0;
}

void
klp_rename_plan_free (struct klp_rename_plan *plan)
{
  for (size_t i = 0; i < plan->count; i++)
    free (plan->renames[i].new_name);
  free (plan->renames);
  memset (plan, 0, sizeof *plan);
}
