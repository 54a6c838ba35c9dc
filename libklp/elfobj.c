/* The libklp ELF object model: read, edit and write relocatable ELF64.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Reading (klp_elf_open*):
     1. open the file with libelf and check it is an ELF64 ET_REL object;
     2. read every section header and name, and each section's contents:
	typed contents (symbol table, relocations, groups, extended section
	indices) through elf_getdata, which converts them to the host's byte
	order; everything else through elf_rawdata, untouched bytes in the
	object's byte order, so that sections libklp does not interpret are
	written back exactly as they were read;
     3. check every section index a header names, and link the sections;
     4. read the symbol table (SHN_XINDEX resolved) and check every index;
     5. check that every relocation names an existing symbol;
     6. index the sections by name.
   Writing (klp_elf_write):
     1. number the kept sections and symbols;
     2. rebuild the string tables (count, fill);
     3. rebuild the symbol table, the extended index table, the groups, and
	every relocation section whose symbol indices changed;
     4. hand everything to a new libelf descriptor on a temporary file in
	the target's directory, let libelf lay it out (no ELF_F_LAYOUT:
	these objects have no program headers), then rename it into place. */

#include <config.h>

#include <ar.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "array.h"
#include "diag.h"
#include "elfobj.h"
#include "fileio.h"
#include "outfile.h"

/* The largest section alignment accepted on input.  */
#define KLP_MAX_SECTION_ALIGN 0x100000

/* --------------------------------------------------------------------
   Small helpers.
   -------------------------------------------------------------------- */

static bool
init_libelf (const char *file)
{
  static bool done;
  if (!done)
    {
      if (elf_version (EV_CURRENT) == EV_NONE)
	{
	  klp_error_elf (file, "cannot initialize libelf");
	  return false;
	}
      done = true;
    }
  return true;
}

int
klp_elf_init (void)
{
  return init_libelf (NULL) ? 0 : -1;
}

/* Keep NAME (malloc'd) for the model's lifetime.  */
static const char *
own_name (struct klp_elf *elf, char *name)
{
  if (!name)
    return NULL;
  if (klp_array_reserve (elf->path, elf->owned_names,
			 elf->owned_names_alloc, elf->nowned_names + 1) < 0)
    {
      free (name);
      return NULL;
    }
  elf->owned_names[elf->nowned_names++] = name;
  return name;
}

static bool
has_typed_contents (GElf_Word type)
{
  switch (type)
    {
    case SHT_SYMTAB:
    case SHT_REL:
    case SHT_RELA:
    case SHT_GROUP:
    case SHT_SYMTAB_SHNDX:
      return true;
    default:
      return false;
    }
}

static size_t
rela_entsize (const struct klp_section *sec)
{
  return sec->sh.sh_type == SHT_RELA ? sizeof (Elf64_Rela)
				     : sizeof (Elf64_Rel);
}

/* Whether SHNDX in a symbol is a real section index.  */
static bool
is_section_index (size_t shndx)
{
  return shndx != SHN_UNDEF && (shndx < SHN_LORESERVE || shndx > SHN_HIRESERVE);
}

/* Read exactly LEN bytes at OFFSET of FD into BUF.  Returns 0, or -1
   after reporting an error about NAME.  */
static int
read_fully (const char *name, int fd, void *buf, size_t len, off_t offset)
{
  ssize_t n = klp_pread_full (fd, buf, len, offset);

  if (n == (ssize_t) len)
    return 0;
  klp_error (name, "cannot read: %s",
	     n < 0 ? strerror (errno) : "unexpected end of file");
  return -1;
}

/* --------------------------------------------------------------------
   Reading.
   -------------------------------------------------------------------- */

/* Check what libelf would only call "invalid data": an ELF file too short
   for its own header, or whose section headers lie past its end.  */
static int
check_extent (struct klp_elf *elf)
{
  const char *file = elf->path;
  const unsigned char *ident;
  size_t n;

  if (elf_kind (elf->elf) != ELF_K_ELF)
    return 0;
  ident = (const unsigned char *) elf_getident (elf->elf, &n);
  if (!ident || n < EI_NIDENT || ident[EI_CLASS] != ELFCLASS64)
    return 0;
  if (elf->size < sizeof (Elf64_Ehdr))
    {
      klp_error (file, "truncated: the file has %zu bytes, less than an "
		 "ELF64 header", elf->size);
      return -1;
    }
  return 0;
}

/* The section headers must lie inside the file.  */
static int
check_section_header_extent (struct klp_elf *elf)
{
  const GElf_Ehdr *eh = &elf->ehdr;
  uint64_t end;

  if (eh->e_shoff == 0)
    return 0;
  if (eh->e_shentsize != sizeof (Elf64_Shdr))
    {
      klp_error (elf->path, "section header entry size %u is not %zu",
		 eh->e_shentsize, sizeof (Elf64_Shdr));
      return -1;
    }
  end = eh->e_shoff + (uint64_t) (eh->e_shnum ? eh->e_shnum : 1)
			* sizeof (Elf64_Shdr);
  if (eh->e_shoff > elf->size || end > elf->size)
    {
      klp_error (elf->path, "truncated or corrupt: the section headers "
		 "(offset %#lx, %u entries) extend past the end of the file "
		 "(%zu bytes)", (unsigned long) eh->e_shoff, eh->e_shnum,
		 elf->size);
      return -1;
    }
  return 0;
}

static int
check_header (struct klp_elf *elf)
{
  const char *file = elf->path;
  static const char *const types[] = {
    [ET_NONE] = "ET_NONE", [ET_REL] = "ET_REL", [ET_EXEC] = "ET_EXEC",
    [ET_DYN] = "ET_DYN", [ET_CORE] = "ET_CORE",
  };

  switch (elf_kind (elf->elf))
    {
    case ELF_K_ELF:
      break;
    case ELF_K_AR:
      klp_error (file, "is an archive, not an ELF object");
      return -1;
    default:
      klp_error (file, "not an ELF file");
      return -1;
    }

  if (gelf_getclass (elf->elf) != ELFCLASS64)
    {
      klp_error (file, "ELF32 objects are not supported: the kernel "
		 "livepatches only 64-bit architectures");
      return -1;
    }
  if (!gelf_getehdr (elf->elf, &elf->ehdr))
    {
      klp_error_elf (file, "cannot read the ELF header");
      return -1;
    }
  if (elf->ehdr.e_ident[EI_DATA] != ELFDATA2LSB
      && elf->ehdr.e_ident[EI_DATA] != ELFDATA2MSB)
    {
      klp_error (file, "unknown ELF byte order %u",
		 elf->ehdr.e_ident[EI_DATA]);
      return -1;
    }
  if (check_section_header_extent (elf) != 0)
    return -1;
  if (elf->ehdr.e_type != ET_REL)
    {
      if (elf->ehdr.e_type < sizeof types / sizeof types[0])
	klp_error (file, "not a relocatable object (%s): expected a "
		   "kernel module or an object file",
		   types[elf->ehdr.e_type]);
      else
	klp_error (file, "not a relocatable object (e_type %#x)",
		   elf->ehdr.e_type);
      return -1;
    }
  if (elf_getshdrnum (elf->elf, &elf->shnum) != 0)
    {
      klp_error_elf (file, "cannot read the number of sections");
      return -1;
    }
  if (elf->shnum == 0)
    {
      klp_error (file, "has no section headers");
      return -1;
    }
  if (elf_getshdrstrndx (elf->elf, &elf->shstrndx) != 0)
    {
      klp_error_elf (file, "cannot read the section name table index");
      return -1;
    }
  if (elf->shstrndx == SHN_UNDEF || elf->shstrndx >= elf->shnum)
    {
      klp_error (file, "section name table index %zu is out of range",
		 elf->shstrndx);
      return -1;
    }
  return 0;
}

static int
read_sections (struct klp_elf *elf)
{
  const char *file = elf->path;

  elf->sections_alloc = elf->shnum + 8;
  elf->sections = klp_xcalloc (file, elf->sections_alloc,
			       sizeof *elf->sections);
  struct klp_section *block = klp_xcalloc (file, elf->shnum, sizeof *block);
  if (!elf->sections || !block)
    {
      free (block);
      return -1;
    }
  for (size_t i = 0; i < elf->shnum; i++)
    elf->sections[i] = &block[i];
  elf->nsections = elf->shnum;

  for (size_t i = 0; i < elf->shnum; i++)
    {
      struct klp_section *sec = elf->sections[i];
      sec->elf = elf;
      sec->index = i;
      sec->scn = elf_getscn (elf->elf, i);
      if (!sec->scn || !gelf_getshdr (sec->scn, &sec->sh))
	{
	  klp_error (file, "cannot read section header %zu: %s", i,
		     elf_errmsg (-1));
	  return -1;
	}
      if (i == 0)
	{
	  sec->name = "";
	  continue;
	}
      sec->name = elf_strptr (elf->elf, elf->shstrndx, sec->sh.sh_name);
      if (!sec->name)
	{
	  klp_error (file, "section %zu has an invalid name (offset %#x)", i,
		     sec->sh.sh_name);
	  return -1;
	}
      /* Kernel objects align sections to at most a page (64 KiB on
	 ppc64); a huge alignment would only make the output huge.  Even
	 an SHT_NULL section is written, with its alignment.  */
      if ((sec->sh.sh_addralign & (sec->sh.sh_addralign - 1)) != 0
	  || sec->sh.sh_addralign > KLP_MAX_SECTION_ALIGN)
	{
	  klp_error (file, "section '%s' has an invalid alignment %#lx "
		     "(expected a power of two up to %#x)", sec->name,
		     (unsigned long) sec->sh.sh_addralign,
		     KLP_MAX_SECTION_ALIGN);
	  return -1;
	}
      if (sec->sh.sh_type == SHT_NULL)
	continue;
      if (sec->sh.sh_type != SHT_NOBITS
	  && (sec->sh.sh_offset > elf->size
	      || sec->sh.sh_size > elf->size - sec->sh.sh_offset))
	{
	  klp_error (file, "truncated or corrupt: section '%s' (offset %#lx, "
		     "size %#lx) extends past the end of the file (%zu bytes)",
		     sec->name, (unsigned long) sec->sh.sh_offset,
		     (unsigned long) sec->sh.sh_size, elf->size);
	  return -1;
	}
      if ((sec->sh.sh_flags & SHF_COMPRESSED)
	  && has_typed_contents (sec->sh.sh_type))
	{
	  klp_error (file, "section '%s' is compressed, which is not "
		     "supported for this section type", sec->name);
	  return -1;
	}
      sec->data = has_typed_contents (sec->sh.sh_type)
		    ? elf_getdata (sec->scn, NULL)
		    : elf_rawdata (sec->scn, NULL);
      if (!sec->data && sec->sh.sh_size != 0
	  && sec->sh.sh_type != SHT_NOBITS)
	{
	  klp_error (file, "cannot read section '%s': %s", sec->name,
		     elf_errmsg (-1));
	  return -1;
	}
      if (sec->data && sec->sh.sh_type != SHT_NOBITS
	  && sec->data->d_size != sec->sh.sh_size)
	{
	  klp_error (file, "section '%s' is truncated", sec->name);
	  return -1;
	}
    }
  return 0;
}

/* Check every section index that a header names, and link the model.  */
static int
link_sections (struct klp_elf *elf)
{
  const char *file = elf->path;
  struct klp_section *sec;

  if (elf->sections[elf->shstrndx]->sh.sh_type != SHT_STRTAB)
    {
      klp_error (file, "section name table '%s' is not a string table",
		 elf->sections[elf->shstrndx]->name);
      return -1;
    }

  klp_for_each_section (elf, sec)
    {
      GElf_Shdr *sh = &sec->sh;

      if (sh->sh_link >= elf->shnum)
	{
	  klp_error (file, "section '%s': sh_link %u is not a section index",
		     sec->name, sh->sh_link);
	  return -1;
	}
      if (sh->sh_link)
	sec->link = elf->sections[sh->sh_link];

      switch (sh->sh_type)
	{
	case SHT_SYMTAB:
	  if (elf->symtab)
	    {
	      klp_error (file, "has more than one symbol table");
	      return -1;
	    }
	  elf->symtab = sec;
	  if (!sec->link || sec->link->sh.sh_type != SHT_STRTAB)
	    {
	      klp_error (file, "symbol table '%s' does not link to a string "
			 "table", sec->name);
	      return -1;
	    }
	  if (sh->sh_entsize != sizeof (Elf64_Sym))
	    {
	      klp_error (file, "symbol table '%s' has entry size %lu, "
			 "expected %zu", sec->name,
			 (unsigned long) sh->sh_entsize, sizeof (Elf64_Sym));
	      return -1;
	    }
	  break;

	case SHT_SYMTAB_SHNDX:
	  elf->symtab_shndx = sec;
	  break;

	case SHT_REL:
	case SHT_RELA:
	  if (sh->sh_info == 0 || sh->sh_info >= elf->shnum)
	    {
	      klp_error (file, "relocation section '%s': sh_info %u is not "
			 "a section index", sec->name, sh->sh_info);
	      return -1;
	    }
	  if (sh->sh_entsize != rela_entsize (sec))
	    {
	      klp_error (file, "relocation section '%s' has entry size %lu, "
			 "expected %zu", sec->name,
			 (unsigned long) sh->sh_entsize, rela_entsize (sec));
	      return -1;
	    }
	  if (sh->sh_size % sh->sh_entsize != 0)
	    {
	      klp_error (file, "relocation section '%s' has a size that is "
			 "not a multiple of its entry size", sec->name);
	      return -1;
	    }
	  sec->info = elf->sections[sh->sh_info];
	  if (!sec->info->rela)
	    sec->info->rela = sec;
	  break;

	default:
	  if (sh->sh_flags & SHF_INFO_LINK)
	    {
	      if (sh->sh_info == 0 || sh->sh_info >= elf->shnum)
		{
		  klp_error (file, "section '%s': sh_info %u is not a "
			     "section index", sec->name, sh->sh_info);
		  return -1;
		}
	      sec->info = elf->sections[sh->sh_info];
	    }
	  break;
	}
    }

  /* Relocation, group and extended index sections name the symbol
     table; check now that it is known.  */
  klp_for_each_section (elf, sec)
    {
      switch (sec->sh.sh_type)
	{
	case SHT_REL:
	case SHT_RELA:
	case SHT_GROUP:
	case SHT_SYMTAB_SHNDX:
	  if (!elf->symtab || sec->link != elf->symtab)
	    {
	      klp_error (file, "section '%s' does not link to the symbol "
			 "table", sec->name);
	      return -1;
	    }
	  break;
	default:
	  break;
	}
    }
  return 0;
}

static int
read_symbols (struct klp_elf *elf)
{
  const char *file = elf->path;
  struct klp_section *symtab = elf->symtab;
  Elf_Data *xdata = NULL;

  if (!symtab)
    return 0;

  elf->nsyms = symtab->sh.sh_size / sizeof (Elf64_Sym);
  if (!symtab->data || symtab->data->d_size != elf->nsyms * sizeof (Elf64_Sym))
    {
      klp_error (file, "cannot read symbol table '%s'", symtab->name);
      return -1;
    }
  if (elf->nsyms == 0)
    {
      klp_error (file, "symbol table '%s' is empty", symtab->name);
      return -1;
    }
  elf->first_global = symtab->sh.sh_info;
  if (elf->first_global > elf->nsyms)
    {
      klp_error (file, "symbol table '%s': sh_info %zu is past its %zu "
		 "symbols", symtab->name, elf->first_global, elf->nsyms);
      return -1;
    }
  if (elf->symtab_shndx)
    {
      xdata = elf->symtab_shndx->data;
      if (!xdata || xdata->d_size < elf->nsyms * sizeof (Elf32_Word))
	{
	  klp_error (file, "section '%s' is too small for the symbol table",
		     elf->symtab_shndx->name);
	  return -1;
	}
    }

  elf->symbols = klp_xcalloc (file, elf->nsyms, sizeof *elf->symbols);
  if (!elf->symbols)
    return -1;

  for (size_t i = 0; i < elf->nsyms; i++)
    {
      struct klp_symbol *sym = &elf->symbols[i];
      Elf32_Word xshndx = 0;

      sym->index = i;
      if (!gelf_getsymshndx (symtab->data, xdata, i, &sym->sym, &xshndx))
	{
	  klp_error (file, "cannot read symbol %zu: %s", i, elf_errmsg (-1));
	  return -1;
	}
      sym->name = elf_strptr (elf->elf, symtab->sh.sh_link,
			      sym->sym.st_name);
      if (!sym->name)
	{
	  klp_error (file, "symbol %zu has an invalid name (offset %#x)", i,
		     sym->sym.st_name);
	  return -1;
	}
      if (i >= elf->first_global && is_local_symbol (sym))
	{
	  klp_error (file, "symbol table '%s': local symbol '%s' (%zu) "
		     "follows the first global (sh_info %zu)", symtab->name,
		     sym->name, i, elf->first_global);
	  return -1;
	}
      sym->shndx = sym->sym.st_shndx;
      if (sym->sym.st_shndx == SHN_XINDEX)
	{
	  if (!xdata)
	    {
	      klp_error (file, "symbol '%s' uses SHN_XINDEX but there is no "
			 "extended section index table", sym->name);
	      return -1;
	    }
	  sym->shndx = xshndx;
	}
      if (is_section_index (sym->shndx))
	{
	  if (sym->shndx >= elf->shnum)
	    {
	      klp_error (file, "symbol '%s' (%zu): section index %zu is out "
			 "of range", sym->name, i, sym->shndx);
	      return -1;
	    }
	  sym->sec = elf->sections[sym->shndx];
	}
    }
  return 0;
}

/* Every relocation must name an existing symbol; groups must name
   existing sections and a signature symbol.  Each section listed by a
   group is linked to it.  */
static int
check_indices (struct klp_elf *elf)
{
  const char *file = elf->path;
  struct klp_section *sec;

  klp_for_each_section (elf, sec)
    {
      if (is_rela_section (sec))
	{
	  size_t n = klp_rela_count (sec);
	  for (size_t i = 0; i < n; i++)
	    {
	      GElf_Rela rela;
	      klp_rela_get (sec, i, &rela);
	      if (GELF_R_SYM (rela.r_info) >= elf->nsyms)
		{
		  klp_error (file, "relocation section '%s': entry %zu names "
			     "symbol %lu, but there are only %zu symbols",
			     sec->name, i,
			     (unsigned long) GELF_R_SYM (rela.r_info),
			     elf->nsyms);
		  return -1;
		}
	    }
	}
      else if (sec->sh.sh_type == SHT_GROUP)
	{
	  const Elf32_Word *w = sec->data ? sec->data->d_buf : NULL;
	  size_t n = sec->data ? sec->data->d_size / sizeof *w : 0;
	  if (n == 0 || sec->sh.sh_info >= elf->nsyms)
	    {
	      klp_error (file, "section group '%s' is malformed", sec->name);
	      return -1;
	    }
	  for (size_t i = 1; i < n; i++)
	    {
	      if (w[i] == 0 || w[i] >= elf->shnum)
		{
		  klp_error (file, "section group '%s' names section %u, "
			     "which is out of range", sec->name, w[i]);
		  return -1;
		}
	      if (!elf->sections[w[i]]->group)
		elf->sections[w[i]]->group = sec;
	    }
	}
    }
  return 0;
}

static int
index_section_names (struct klp_elf *elf)
{
  if (klp_htab_init (&elf->section_names, elf->shnum) != 0)
    {
      klp_error (elf->path, "out of memory");
      return -1;
    }
  /* Insert in reverse so that each bucket lists entries in index order,
     and lookups by name find the first match.  */
  for (size_t i = elf->nsections; i-- > 1;)
    {
      struct klp_section *sec = elf->sections[i];
      klp_htab_add (&elf->section_names, klp_hash_str (sec->name),
		    &sec->name_node);
    }
  return 0;
}

/* Before libelf: a file that starts like an ELF file but is too short
   for an ELF header is truncated (libelf would only say "invalid data").
   HEAD holds the first min (SIZE, EI_NIDENT) bytes.  */
static int
check_short_file (const char *name, const unsigned char *head, size_t size)
{
  size_t need = sizeof (Elf64_Ehdr);

  if (size < SELFMAG || memcmp (head, ELFMAG, SELFMAG) != 0)
    return 0;
  if (size > EI_CLASS && head[EI_CLASS] == ELFCLASS32)
    need = sizeof (Elf32_Ehdr);
  if (size < need)
    {
      klp_error (name, "truncated: the file has %zu bytes, less than an "
		 "ELF header", size);
      return -1;
    }
  return 0;
}

static struct klp_elf *
new_model (const char *name)
{
  struct klp_elf *elf = klp_xcalloc (name, 1, sizeof *elf);
  if (!elf)
    return NULL;
  elf->fd = -1;
  elf->path = klp_xstrdup (name, name);
  if (!elf->path)
    {
      free (elf);
      return NULL;
    }
  return elf;
}

/* Steps 1 to 6 on an open libelf descriptor.  */
static struct klp_elf *
load_model (struct klp_elf *elf)
{
  if (check_extent (elf) != 0
      || check_header (elf) != 0
      || read_sections (elf) != 0
      || link_sections (elf) != 0
      || read_symbols (elf) != 0
      || check_indices (elf) != 0
      || index_section_names (elf) != 0)
    {
      klp_elf_close (elf);
      return NULL;
    }
  return elf;
}

struct klp_elf *
klp_elf_open (const char *path)
{
  struct klp_elf *elf;
  struct stat st;

  if (!init_libelf (path))
    return NULL;
  elf = new_model (path);
  if (!elf)
    return NULL;

  elf->fd = klp_open_input (path, &st);
  if (elf->fd < 0)
    {
      klp_elf_close (elf);
      return NULL;
    }
  elf->size = st.st_size;
  if (elf->size < SELFMAG)
    {
      klp_error (path, "not an ELF file (%zu bytes)", elf->size);
      klp_elf_close (elf);
      return NULL;
    }
  {
    unsigned char head[EI_NIDENT];
    size_t n = elf->size < EI_NIDENT ? elf->size : EI_NIDENT;
    if (klp_pread_full (elf->fd, head, n, 0) != (ssize_t) n)
      {
	klp_error (path, "cannot read: %s", strerror (errno));
	klp_elf_close (elf);
	return NULL;
      }
    if (check_short_file (path, head, elf->size) != 0)
      {
	klp_elf_close (elf);
	return NULL;
      }
  }
  elf->elf = elf_begin (elf->fd, ELF_C_READ_MMAP, NULL);
  if (!elf->elf)
    {
      klp_error_elf (path, "cannot read");
      klp_elf_close (elf);
      return NULL;
    }
  return load_model (elf);
}

/* Read the model from IMAGE (SIZE bytes, malloc'd), which the model
   takes over whatever happens.  */
static struct klp_elf *
open_image (const char *name, void *image, size_t size)
{
  struct klp_elf *elf;

  if (!init_libelf (name) || check_short_file (name, image, size) != 0)
    {
      free (image);
      return NULL;
    }
  elf = new_model (name);
  if (!elf)
    {
      free (image);
      return NULL;
    }
  elf->image = image;
  elf->size = size;
  elf->elf = elf_memory (elf->image, size);
  if (!elf->elf)
    {
      klp_error_elf (name, "cannot read");
      klp_elf_close (elf);
      return NULL;
    }
  return load_model (elf);
}

struct klp_elf *
klp_elf_open_memory (const char *name, const void *buf, size_t size)
{
  /* libelf may convert data in place in a memory image: work on a
     copy, so that BUF stays untouched.  */
  void *image = klp_xmalloc (name, size);

  if (!image)
    return NULL;
  memcpy (image, buf, size);
  return open_image (name, image, size);
}

struct klp_elf *
klp_elf_open_fd (const char *name, int fd, off_t offset, size_t size)
{
  unsigned char *image = klp_xmalloc (name, size);

  if (!image)
    return NULL;
  if (read_fully (name, fd, image, size, offset) != 0)
    {
      free (image);
      return NULL;
    }
  return open_image (name, image, size);
}

void
klp_elf_close (struct klp_elf *elf)
{
  if (!elf)
    return;
  for (size_t i = 0; i < elf->nsections; i++)
    {
      struct klp_section *sec = elf->sections[i];
      if (!sec)
	continue;
      if (sec->owns_data && sec->data)
	free (sec->data->d_buf);
      if (sec->owns_data)
	free (sec->data);
      if (i >= elf->shnum)
	free (sec);
    }
  if (elf->sections)
    free (elf->sections[0]);
  free (elf->sections);
  free (elf->symbols);
  klp_htab_free (&elf->section_names);
  for (size_t i = 0; i < elf->nowned_names; i++)
    free (elf->owned_names[i]);
  free (elf->owned_names);
  if (elf->elf)
    elf_end (elf->elf);
  if (elf->fd >= 0)
    close (elf->fd);
  free (elf->image);
  free (elf->path);
  free (elf);
}

/* --------------------------------------------------------------------
   Views.
   -------------------------------------------------------------------- */

/* How far before the section headers the name table is looked for in
   the same read.  */
#define NAMES_WINDOW 4096

static int
view_problem (struct klp_elf_view *view, const char *fmt, ...)
  __attribute__ ((__format__ (__printf__, 2, 3)));

/* Describe the problem of VIEW's file; returns 1.  */
static int
view_problem (struct klp_elf_view *view, const char *fmt, ...)
{
  va_list ap;

  va_start (ap, fmt);
  vsnprintf (view->problem, sizeof view->problem, fmt, ap);
  va_end (ap);
  return 1;
}

/* Whether [OFFSET, OFFSET + LEN) lies within VIEW's file.  */
static bool
is_in_view (const struct klp_elf_view *view, uint64_t offset, uint64_t len)
{
  return offset <= view->size && len <= view->size - offset;
}

/* Read the LEN bytes at OFFSET of VIEW's file into BUF (which may be
   unaligned for anything): from the file, or copied from memory.  The
   range lies within the file.  Returns 0 or -1 after an error.  */
static int
view_read (struct klp_elf_view *view, void *buf, size_t len, uint64_t offset)
{
  if (view->mem)
    memcpy (buf, view->mem + offset, len);
  else if (read_fully (view->name, view->fd, buf, len,
		       view->offset + offset) != 0)
    return -1;
  return 0;
}

/* ELFDATA2LSB or ELFDATA2MSB: the host's byte order.  */
static unsigned char
host_byte_order (void)
{
  const uint16_t one = 1;
  return *(const unsigned char *) &one ? ELFDATA2LSB : ELFDATA2MSB;
}

/* Translate N entries of TYPE (ELF_T_EHDR, ELF_T_SHDR, ELF_T_SYM,
   ELF_T_WORD) at SRC, in the byte order of VIEW's file, into DST (the
   same place, or another; aligned for TYPE), with libelf.  */
static int
view_translate (struct klp_elf_view *view, void *dst, const void *src,
		Elf_Type type, size_t n)
{
  size_t bytes;
  Elf_Data d, s;

  /* In the host's byte order, the file's representation of ELF64
     structures is their memory representation: libelf would have
     nothing to do in place.  */
  if (dst == src && view->ehdr.e_ident[EI_DATA] == host_byte_order ())
    return 0;
  bytes = elf64_fsize (type, n, EV_CURRENT);
  d = (Elf_Data) { .d_buf = dst, .d_type = type, .d_size = bytes,
		   .d_version = EV_CURRENT };
  s = (Elf_Data) { .d_buf = (void *) src, .d_type = type, .d_size = bytes,
		   .d_version = EV_CURRENT };
  if (!elf64_xlatetom (&d, &s, view->ehdr.e_ident[EI_DATA]))
    {
      klp_error_elf (view->name, "cannot translate the ELF data");
      return -1;
    }
  return 0;
}

/* A new buffer of SIZE bytes (aligned for any ELF structure) for VIEW:
   its scratch area when FIRST, it is free and large enough.  */
static void *
view_alloc (struct klp_elf_view *view, size_t size, bool first)
{
  size_t i = view->storage[0] ? 1 : 0;
  void *p;

  if (first && size <= sizeof view->scratch)
    return view->scratch;
  p = klp_xmalloc (view->name, size);
  view->storage[i] = p;
  return p;
}

/* Steps 1 and 2: the identification and the ELF header.  */
static int
view_read_ehdr (struct klp_elf_view *view)
{
  const unsigned char *raw = view->ehdr.e_ident;
  size_t n = view->size < sizeof view->ehdr ? view->size
					     : sizeof view->ehdr;

  /* Read in place, then translated in place.  */
  if (view->size == 0)
    return view_problem (view, "empty file: not an ELF file");
  if (view_read (view, &view->ehdr, n, 0) != 0)
    return -1;
  if (n < SELFMAG || memcmp (raw, ELFMAG, SELFMAG) != 0)
    return view_problem (view, "not an ELF file");
  view->is_elf = true;
  if (n < EI_NIDENT || raw[EI_CLASS] != ELFCLASS64)
    return view_problem (view, "ELF32 objects are not supported: the kernel "
			 "livepatches only 64-bit architectures");
  if (raw[EI_DATA] != ELFDATA2LSB && raw[EI_DATA] != ELFDATA2MSB)
    return view_problem (view, "unknown ELF byte order %u", raw[EI_DATA]);
  if (n < sizeof view->ehdr)
    return view_problem (view, "truncated or corrupt ELF file: %zu bytes, "
			 "less than an ELF header", view->size);
  return view_translate (view, &view->ehdr, &view->ehdr, ELF_T_EHDR, 1);
}

/* Step 3: the section count and name table index, from section header 0
   when they do not fit in the ELF header.  */
static int
view_count_sections (struct klp_elf_view *view)
{
  const GElf_Ehdr *eh = &view->ehdr;

  if (eh->e_shoff == 0 || eh->e_shentsize != sizeof (Elf64_Shdr)
      || !is_in_view (view, eh->e_shoff, sizeof (Elf64_Shdr)))
    return view_problem (view, "truncated or corrupt ELF file: the section "
			 "header table ends beyond the end of the file");
  view->shnum = eh->e_shnum;
  view->shstrndx = eh->e_shstrndx;
  if (view->shnum == 0 || view->shstrndx == SHN_XINDEX)
    {
      Elf64_Shdr sh0;
      if (view_read (view, &sh0, sizeof sh0, eh->e_shoff) != 0
	  || view_translate (view, &sh0, &sh0, ELF_T_SHDR, 1) != 0)
	return -1;
      if (view->shnum == 0)
	view->shnum = sh0.sh_size;
      if (view->shstrndx == SHN_XINDEX)
	view->shstrndx = sh0.sh_link;
    }
  if (view->shnum > (view->size - eh->e_shoff) / sizeof (Elf64_Shdr))
    return view_problem (view, "truncated or corrupt ELF file: the section "
			 "header table ends beyond the end of the file");
  if (view->shnum == 0 || view->shstrndx == SHN_UNDEF
      || view->shstrndx >= view->shnum)
    return view_problem (view, "no section headers or no section name "
			 "table");
  return 0;
}

/* Steps 4 and 5: the section headers and the name table.  From a file,
   one read takes the headers and the NAMES_WINDOW bytes before them,
   where the name table usually is.  */
static int
view_read_sections (struct klp_elf_view *view)
{
  uint64_t shoff = view->ehdr.e_shoff;
  size_t table = view->shnum * sizeof (Elf64_Shdr);
  size_t before = view->mem || shoff % 8 ? 0
		  : shoff < NAMES_WINDOW ? shoff : NAMES_WINDOW;
  const GElf_Shdr *names;
  unsigned char *buf = view_alloc (view, before + table, true);

  if (!buf || view_read (view, buf, before + table, shoff - before) != 0
      || view_translate (view, buf + before, buf + before, ELF_T_SHDR,
			 view->shnum) != 0)
    return -1;
  view->shdrs = (const GElf_Shdr *) (buf + before);
  names = &view->shdrs[view->shstrndx];
  if (names->sh_type == SHT_NOBITS || names->sh_size == 0
      || !is_in_view (view, names->sh_offset, names->sh_size))
    return view_problem (view, "corrupt section name table");
  view->names_size = names->sh_size;
  if (view->mem)
    view->names = (const char *) view->mem + names->sh_offset;
  else if (names->sh_offset >= shoff - before
	   && names->sh_offset + names->sh_size <= shoff)
    view->names = (const char *) buf + (names->sh_offset - (shoff - before));
  else
    {
      char *p = view_alloc (view, view->names_size, false);
      if (!p || view_read (view, p, view->names_size, names->sh_offset) != 0)
	return -1;
      view->names = p;
    }
  if (view->names[view->names_size - 1] != '\0')
    return view_problem (view, "corrupt section name table");
  return 0;
}

static int
view_open (struct klp_elf_view *view)
{
  int r;

  if (!init_libelf (view->name))
    return -1;
  r = view_read_ehdr (view);
  if (r == 0)
    r = view_count_sections (view);
  if (r == 0)
    r = view_read_sections (view);
  return r;
}

int
klp_elf_view_open_fd (struct klp_elf_view *view, const char *name, int fd,
		      off_t offset, size_t size)
{
  memset (view, 0, offsetof (struct klp_elf_view, scratch));
  view->name = name;
  view->fd = fd;
  view->offset = offset;
  view->size = size;
  return view_open (view);
}

int
klp_elf_view_open_memory (struct klp_elf_view *view, const char *name,
			  const void *data, size_t size)
{
  memset (view, 0, offsetof (struct klp_elf_view, scratch));
  view->name = name;
  view->fd = -1;
  view->mem = data;
  view->size = size;
  return view_open (view);
}

void
klp_elf_view_close (struct klp_elf_view *view)
{
  free (view->storage[0]);
  free (view->storage[1]);
  view->storage[0] = view->storage[1] = NULL;
  view->shdrs = NULL;
  view->names = NULL;
}

size_t
klp_find_view_section_by_name (const struct klp_elf_view *view,
			       const char *name)
{
  for (size_t i = 1; i < view->shnum; i++)
    {
      const char *s = klp_elf_view_section_name (view, i);
      if (s && strcmp (s, name) == 0)
	return i;
    }
  return 0;
}

int
klp_elf_view_read_section (struct klp_elf_view *view, size_t index,
			   void **data, size_t *size)
{
  const GElf_Shdr *sh = &view->shdrs[index];

  *data = NULL;
  *size = 0;
  if (sh->sh_type == SHT_NOBITS || !is_in_view (view, sh->sh_offset,
						sh->sh_size))
    return view_problem (view, "truncated or corrupt ELF file: section %zu "
			 "lies beyond the end of the file", index);
  *data = klp_xmalloc (view->name, sh->sh_size);
  if (!*data || view_read (view, *data, sh->sh_size, sh->sh_offset) != 0)
    {
      free (*data);
      *data = NULL;
      return -1;
    }
  *size = sh->sh_size;
  return 0;
}

/* Read the table of section INDEX, of N entries of TYPE, into a new
   buffer *OUT, translated.  */
static int
view_read_table (struct klp_elf_view *view, size_t index, Elf_Type type,
		 size_t n, void **out)
{
  size_t bytes = elf64_fsize (type, n, EV_CURRENT);
  const GElf_Shdr *sh = &view->shdrs[index];

  *out = klp_xmalloc (view->name, bytes);
  if (!*out)
    return -1;
  if (view->mem)
    return view_translate (view, *out, view->mem + sh->sh_offset, type, n);
  if (view_read (view, *out, bytes, sh->sh_offset) != 0)
    return -1;
  return view_translate (view, *out, *out, type, n);
}

int
klp_elf_view_read_symtab (struct klp_elf_view *view,
			  struct klp_elf_symtab *symtab)
{
  const GElf_Shdr *sh;
  size_t xindex = 0;
  void *strs;
  int r;

  memset (symtab, 0, sizeof *symtab);
  for (size_t i = 1; i < view->shnum && !symtab->index; i++)
    if (view->shdrs[i].sh_type == SHT_SYMTAB)
      symtab->index = i;
  if (!symtab->index)
    return 0;
  sh = &view->shdrs[symtab->index];
  if (sh->sh_link == 0 || sh->sh_link >= view->shnum
      || view->shdrs[sh->sh_link].sh_type != SHT_STRTAB)
    return view_problem (view, "the symbol table's string table (section "
			 "%u) is not a string table", (unsigned) sh->sh_link);
  if (sh->sh_entsize != sizeof (Elf64_Sym)
      || sh->sh_size % sizeof (Elf64_Sym) != 0
      || !is_in_view (view, sh->sh_offset, sh->sh_size))
    return view_problem (view, "corrupt symbol table: entry size %lu, size "
			 "%lu", (unsigned long) sh->sh_entsize,
			 (unsigned long) sh->sh_size);
  symtab->nsyms = sh->sh_size / sizeof (Elf64_Sym);
  symtab->first_global = sh->sh_info;
  for (size_t i = 1; i < view->shnum && !xindex; i++)
    if (view->shdrs[i].sh_type == SHT_SYMTAB_SHNDX
	&& view->shdrs[i].sh_link == symtab->index)
      xindex = i;
  if (xindex
      && (view->shdrs[xindex].sh_size < symtab->nsyms * sizeof (Elf32_Word)
	  || !is_in_view (view, view->shdrs[xindex].sh_offset,
			  symtab->nsyms * sizeof (Elf32_Word))))
    return view_problem (view, "corrupt extended section index table");
  r = klp_elf_view_read_section (view, sh->sh_link, &strs,
				 &symtab->strs_size);
  symtab->strs = strs;
  if (r != 0)
    return r;
  if (symtab->strs_size == 0 || symtab->strs[symtab->strs_size - 1] != '\0')
    return view_problem (view, "corrupt symbol string table");
  if (view_read_table (view, symtab->index, ELF_T_SYM, symtab->nsyms,
		       (void **) &symtab->syms) != 0
      || (xindex && view_read_table (view, xindex, ELF_T_WORD, symtab->nsyms,
				     (void **) &symtab->xndx) != 0))
    return -1;
  return 0;
}

void
klp_elf_symtab_free (struct klp_elf_symtab *symtab)
{
  free (symtab->syms);
  free (symtab->xndx);
  free (symtab->strs);
  memset (symtab, 0, sizeof *symtab);
}

/* --------------------------------------------------------------------
   Archives.
   -------------------------------------------------------------------- */

/* libelf's descriptor of the archive open as FD, or NULL (nothing
   reported) when it is not one.  */
static Elf *
begin_archive (const char *archive, int fd)
{
  Elf *ar;

  if (!init_libelf (archive))
    return NULL;
  ar = elf_begin (fd, ELF_C_READ, NULL);
  if (ar && elf_kind (ar) != ELF_K_AR)
    {
      elf_end (ar);
      ar = NULL;
    }
  return ar;
}

/* Whether the archive member header H names a member proper: "/" is
   the symbol table, "//" the long name table, "/SYM64/" the 64-bit
   symbol table.  */
static bool
is_member (const Elf_Arhdr *h)
{
  return h->ar_name && h->ar_name[0] != '/';
}

char *
klp_archive_member_name (const char *archive, int fd, off_t offset)
{
  Elf *ar = begin_archive (archive, fd);
  Elf *member = NULL;
  Elf_Arhdr *h = NULL;
  char *name;

  /* elf_rand takes the offset of the member's header.  */
  if (ar && offset >= (off_t) sizeof (struct ar_hdr)
      && elf_rand (ar, offset - sizeof (struct ar_hdr))
	 == (size_t) offset - sizeof (struct ar_hdr))
    {
      member = elf_begin (fd, ELF_C_READ, ar);
      h = member && elf_getbase (member) == offset ? elf_getarhdr (member)
						    : NULL;
    }
  if (h && is_member (h))
    name = klp_xasprintf (archive, "%s(%s)", archive, h->ar_name);
  else
    name = klp_xasprintf (archive, "%s(@%lld)", archive, (long long) offset);
  elf_end (member);
  elf_end (ar);
  return name;
}

int
klp_archive_for_each_member (const char *archive, int fd,
			     int (*fn) (void *data, const char *member,
					off_t offset, size_t size),
			     void *data)
{
  Elf *ar = begin_archive (archive, fd);
  Elf *member;
  int ret = 0;

  if (!ar)
    return 0;
  while (ret == 0 && (member = elf_begin (fd, ELF_C_READ, ar)))
    {
      Elf_Arhdr *h = elf_getarhdr (member);
      int64_t base = elf_getbase (member);

      if (!h || base < 0)
	{
	  klp_error_elf (archive, "cannot read the archive");
	  ret = -1;
	}
      else if (is_member (h))
	ret = fn (data, h->ar_name, base, h->ar_size);
      elf_next (member);
      elf_end (member);
    }
  elf_end (ar);
  return ret;
}

/* --------------------------------------------------------------------
   Lookups and accessors.
   -------------------------------------------------------------------- */

struct klp_section *
klp_find_section_by_name (struct klp_elf *elf, const char *name)
{
  uint64_t h = klp_hash_str (name);
  struct klp_section *sec;

  klp_htab_for_each (&elf->section_names, h, sec, struct klp_section,
		     name_node)
    if (!sec->removed && strcmp (sec->name, name) == 0)
      return sec;
  return NULL;
}

struct klp_symbol *
klp_find_symbol_by_index (struct klp_elf *elf, size_t index)
{
  return index < elf->nsyms ? &elf->symbols[index] : NULL;
}

size_t
klp_rela_count (const struct klp_section *sec)
{
  if (!sec->data || !is_rela_section (sec))
    return 0;
  return sec->data->d_size / rela_entsize (sec);
}

void
klp_rela_get (const struct klp_section *sec, size_t i, GElf_Rela *rela)
{
  /* elf_getdata gave the memory representation of ELF64 entries.  */
  if (sec->sh.sh_type == SHT_RELA)
    {
      const Elf64_Rela *r = (const Elf64_Rela *) sec->data->d_buf + i;
      rela->r_offset = r->r_offset;
      rela->r_info = r->r_info;
      rela->r_addend = r->r_addend;
    }
  else
    {
      const Elf64_Rel *r = (const Elf64_Rel *) sec->data->d_buf + i;
      rela->r_offset = r->r_offset;
      rela->r_info = r->r_info;
      rela->r_addend = 0;
    }
}

/* Give SEC a private, writable copy of its contents.  */
static int
own_section_data (struct klp_section *sec)
{
  Elf_Data *d;
  void *buf = NULL;

  if (sec->owns_data)
    return 0;
  d = klp_xcalloc (sec->elf->path, 1, sizeof *d);
  if (!d)
    return -1;
  if (sec->data)
    {
      *d = *sec->data;
      if (d->d_size)
	{
	  buf = klp_xmalloc (sec->elf->path, d->d_size);
	  if (!buf)
	    {
	      free (d);
	      return -1;
	    }
	  memcpy (buf, sec->data->d_buf, d->d_size);
	}
    }
  else
    {
      d->d_type = ELF_T_BYTE;
      d->d_version = EV_CURRENT;
      d->d_align = sec->sh.sh_addralign ? sec->sh.sh_addralign : 1;
    }
  d->d_buf = buf;
  sec->data = d;
  sec->owns_data = true;
  return 0;
}

int
klp_rela_set (struct klp_section *sec, size_t i, const GElf_Rela *rela)
{
  if (own_section_data (sec) != 0)
    return -1;
  if (sec->sh.sh_type == SHT_RELA)
    {
      Elf64_Rela *r = (Elf64_Rela *) sec->data->d_buf + i;
      r->r_offset = rela->r_offset;
      r->r_info = rela->r_info;
      r->r_addend = rela->r_addend;
    }
  else
    {
      Elf64_Rel *r = (Elf64_Rel *) sec->data->d_buf + i;
      r->r_offset = rela->r_offset;
      r->r_info = rela->r_info;
    }
  return 0;
}

struct klp_symbol *
klp_rela_symbol (struct klp_section *sec, const GElf_Rela *rela)
{
  size_t idx = GELF_R_SYM (rela->r_info);
  if (idx == 0)
    return NULL;
  return klp_find_symbol_by_index (sec->elf, idx);
}

struct klp_symbol *
klp_comdat_signature (const struct klp_section *sec)
{
  const struct klp_section *group = sec->group;
  const Elf32_Word *words;

  if (!group)
    return NULL;
  /* Typed contents: the flag word is in the host's byte order.  */
  words = group->data->d_buf;
  if (!(words[0] & GRP_COMDAT))
    return NULL;
  return &group->elf->symbols[group->sh.sh_info];
}

const unsigned char *
klp_section_bytes (const struct klp_section *sec, size_t *size)
{
  if (!sec->data || sec->sh.sh_type == SHT_NOBITS || !sec->data->d_buf)
    {
      *size = 0;
      return NULL;
    }
  *size = sec->data->d_size;
  return sec->data->d_buf;
}

uint32_t
klp_elf_read_u32 (const struct klp_elf *elf, const void *p)
{
  const unsigned char *b = p;
  if (is_big_endian (elf))
    return (uint32_t) b[0] << 24 | (uint32_t) b[1] << 16
	   | (uint32_t) b[2] << 8 | b[3];
  return (uint32_t) b[3] << 24 | (uint32_t) b[2] << 16
	 | (uint32_t) b[1] << 8 | b[0];
}

uint64_t
klp_elf_read_u64 (const struct klp_elf *elf, const void *p)
{
  const unsigned char *b = p;
  uint64_t hi, lo;
  if (is_big_endian (elf))
    {
      hi = klp_elf_read_u32 (elf, b);
      lo = klp_elf_read_u32 (elf, b + 4);
    }
  else
    {
      lo = klp_elf_read_u32 (elf, b);
      hi = klp_elf_read_u32 (elf, b + 4);
    }
  return hi << 32 | lo;
}

/* --------------------------------------------------------------------
   Edits.
   -------------------------------------------------------------------- */

int
klp_symbol_rename (struct klp_elf *elf, struct klp_symbol *sym,
		   const char *name)
{
  const char *copy = own_name (elf, klp_xstrdup (elf->path, name));
  if (!copy)
    return -1;
  sym->name = copy;
  return 0;
}

void
klp_symbol_remove (struct klp_elf *elf, struct klp_symbol *sym)
{
  (void) elf;
  sym->removed = true;
}

void
klp_section_remove (struct klp_elf *elf, struct klp_section *sec)
{
  struct klp_section *s;

  sec->removed = true;
  klp_for_each_section (elf, s)
    if (is_rela_section (s) && s->info == sec)
      s->removed = true;
}

struct klp_section *
klp_section_add (struct klp_elf *elf, const char *name, GElf_Word type,
		 GElf_Xword flags, struct klp_section *link,
		 struct klp_section *info, GElf_Xword entsize,
		 GElf_Xword align)
{
  struct klp_section *sec;

  if (klp_array_reserve (elf->path, elf->sections, elf->sections_alloc,
			 elf->nsections + 1) < 0)
    return NULL;
  sec = klp_xcalloc (elf->path, 1, sizeof *sec);
  if (!sec)
    return NULL;
  sec->name = own_name (elf, klp_xstrdup (elf->path, name));
  if (!sec->name)
    {
      free (sec);
      return NULL;
    }
  sec->elf = elf;
  sec->index = elf->nsections;
  sec->sh.sh_type = type;
  sec->sh.sh_flags = flags;
  sec->sh.sh_entsize = entsize;
  sec->sh.sh_addralign = align;
  sec->link = link;
  sec->info = info;
  if (own_section_data (sec) != 0)
    {
      free (sec);
      return NULL;
    }
  if (type == SHT_RELA)
    sec->data->d_type = ELF_T_RELA;
  else if (type == SHT_REL)
    sec->data->d_type = ELF_T_REL;
  if (info && is_rela_section (sec) && !info->rela)
    info->rela = sec;
  elf->sections[elf->nsections++] = sec;
  klp_htab_add (&elf->section_names, klp_hash_str (sec->name),
		&sec->name_node);
  return sec;
}

int
klp_section_filter_relas (struct klp_section *sec, const bool *keep)
{
  size_t n = klp_rela_count (sec);
  size_t esz = rela_entsize (sec);
  size_t kept = 0;
  unsigned char *p;

  if (own_section_data (sec) != 0)
    return -1;
  p = sec->data->d_buf;
  for (size_t i = 0; i < n; i++)
    if (keep[i])
      {
	if (kept != i)
	  memmove (p + kept * esz, p + i * esz, esz);
	kept++;
      }
  sec->data->d_size = kept * esz;
  sec->sh.sh_size = sec->data->d_size;
  return 0;
}

unsigned char *
klp_section_bytes_for_edit (struct klp_section *sec, size_t *size)
{
  *size = 0;
  if (sec->sh.sh_type == SHT_NOBITS || !sec->data || !sec->data->d_size
      || own_section_data (sec) != 0)
    return NULL;
  *size = sec->data->d_size;
  return sec->data->d_buf;
}

int
klp_section_set_data (struct klp_section *sec, void *buf, size_t size)
{
  if (own_section_data (sec) != 0)
    {
      free (buf);
      return -1;
    }
  free (sec->data->d_buf);
  sec->data->d_buf = buf;
  sec->data->d_size = size;
  sec->sh.sh_size = size;
  return 0;
}

/* --------------------------------------------------------------------
   Writing.
   -------------------------------------------------------------------- */

/* A string table under construction: count, then fill.  */
struct strtab_builder
{
  struct klp_htab index;	/* Strings already placed.  */
  struct strtab_entry
  {
    struct klp_hnode node;
    const char *s;
    size_t off;
  } *entries;
  size_t nentries, alloc;
  char *buf;
  size_t size;
};

static int
strtab_init (struct strtab_builder *b, size_t nstrings, const char *file)
{
  memset (b, 0, sizeof *b);
  b->alloc = nstrings + 1;
  b->entries = klp_xcalloc (file, b->alloc, sizeof *b->entries);
  if (!b->entries)
    return -1;
  if (klp_htab_init (&b->index, nstrings) != 0)
    {
      free (b->entries);
      b->entries = NULL;
      klp_error (file, "out of memory");
      return -1;
    }
  b->size = 1;			/* The empty string at offset 0.  */
  return 0;
}

/* Place S (first pass) and return its offset.  */
static size_t
strtab_add (struct strtab_builder *b, const char *s)
{
  uint64_t h;
  struct strtab_entry *e;

  if (*s == '\0')
    return 0;
  h = klp_hash_str (s);
  klp_htab_for_each (&b->index, h, e, struct strtab_entry, node)
    if (strcmp (e->s, s) == 0)
      return e->off;
  e = &b->entries[b->nentries++];
  e->s = s;
  e->off = b->size;
  b->size += strlen (s) + 1;
  klp_htab_add (&b->index, h, &e->node);
  return e->off;
}

/* Second pass: fill the buffer; check the totals match.  */
static char *
strtab_fill (struct strtab_builder *b, const char *file)
{
  char *buf = klp_xcalloc (file, 1, b->size);
  size_t end = 1;
  if (!buf)
    return NULL;
  for (size_t i = 0; i < b->nentries; i++)
    {
      size_t len = strlen (b->entries[i].s) + 1;
      memcpy (buf + b->entries[i].off, b->entries[i].s, len);
      end = b->entries[i].off + len;
    }
  if (end != b->size)
    {
      klp_error (file, "internal error: string table size mismatch");
      free (buf);
      return NULL;
    }
  return buf;
}

static void
strtab_free (struct strtab_builder *b)
{
  klp_htab_free (&b->index);
  free (b->entries);
}

/* The output's contents for one section, and where its name goes.  */
struct out_section
{
  struct klp_section *sec;
  size_t name_off;
  void *buf;			/* Replacement contents owned here, or
				   NULL to use the model's.  */
  size_t size;
  GElf_Word info;		/* Output sh_info.  */
};

struct writer
{
  struct klp_elf *elf;
  const char *file;		/* The output path, for messages.  */
  struct out_section *out;	/* By input index.  */
  size_t nout;			/* Kept sections + 1.  */
  size_t nsyms_out;
  size_t first_global_out;
  bool symbols_renumbered;
  size_t shstrtab_new, strtab_new;
};

/* Step 1: number the kept sections and symbols.  */
static int
number_sections_and_symbols (struct writer *w)
{
  struct klp_elf *elf = w->elf;
  size_t n = 1;

  elf->sections[0]->new_index = 0;
  for (size_t i = 1; i < elf->nsections; i++)
    {
      struct klp_section *sec = elf->sections[i];
      sec->new_index = sec->removed ? 0 : n++;
    }
  w->nout = n;

  if (elf->sections[elf->shstrndx]->removed
      || (elf->symtab && elf->symtab->removed)
      || (elf->symtab && elf->symtab->link->removed))
    {
      klp_error (elf->path, "internal error: a string or symbol table was "
		 "removed");
      return -1;
    }

  n = 0;
  w->first_global_out = 0;
  for (size_t i = 0; i < elf->nsyms; i++)
    {
      struct klp_symbol *sym = &elf->symbols[i];
      if (sym->removed && i != 0)
	{
	  sym->new_index = 0;
	  w->symbols_renumbered = true;
	  continue;
	}
      if (sym->sec && sym->sec->removed)
	{
	  klp_error (elf->path, "internal error: symbol '%s' is defined in "
		     "removed section '%s'", sym->name, sym->sec->name);
	  return -1;
	}
      if (i != 0 && !is_local_symbol (sym) && w->first_global_out == 0)
	w->first_global_out = n;
      else if (i != 0 && is_local_symbol (sym) && w->first_global_out != 0)
	{
	  klp_error (elf->path, "internal error: local symbol '%s' after "
		     "the first global", sym->name);
	  return -1;
	}
      sym->new_index = n++;
    }
  if (w->first_global_out == 0)
    w->first_global_out = n;
  w->nsyms_out = n;
  return 0;
}

/* Step 2: rebuild the section name table and the symbol string table
   (one table when they are the same section).  */
static int
build_string_tables (struct writer *w)
{
  struct klp_elf *elf = w->elf;
  struct klp_section *shstrtab = elf->sections[elf->shstrndx];
  struct klp_section *strtab = elf->symtab ? elf->symtab->link : NULL;
  struct strtab_builder b;
  int ret = -1;

  /* Section names.  */
  if (strtab_init (&b, elf->nsections + (strtab == shstrtab ? elf->nsyms : 0),
		   elf->path) != 0)
    return -1;
  for (size_t i = 1; i < elf->nsections; i++)
    if (!elf->sections[i]->removed)
      w->out[i].name_off = strtab_add (&b, elf->sections[i]->name);
  if (strtab == shstrtab)
    for (size_t i = 1; i < elf->nsyms; i++)
      if (!elf->symbols[i].removed)
	elf->symbols[i].sym.st_name = strtab_add (&b, elf->symbols[i].name);
  w->out[elf->shstrndx].buf = strtab_fill (&b, elf->path);
  w->out[elf->shstrndx].size = b.size;
  strtab_free (&b);
  if (!w->out[elf->shstrndx].buf)
    return -1;

  if (!strtab || strtab == shstrtab)
    return 0;

  /* Symbol names.  */
  if (strtab_init (&b, elf->nsyms, elf->path) != 0)
    return -1;
  for (size_t i = 1; i < elf->nsyms; i++)
    if (!elf->symbols[i].removed)
      elf->symbols[i].sym.st_name = strtab_add (&b, elf->symbols[i].name);
  w->out[strtab->index].buf = strtab_fill (&b, elf->path);
  w->out[strtab->index].size = b.size;
  if (w->out[strtab->index].buf)
    ret = 0;
  strtab_free (&b);
  return ret;
}

/* The output section index for input section index SHNDX.  */
static size_t
new_section_index (const struct klp_elf *elf, size_t shndx)
{
  return shndx < elf->nsections ? elf->sections[shndx]->new_index : 0;
}

/* Step 3a: the symbol table and its extended index table.  */
static int
build_symbol_table (struct writer *w)
{
  struct klp_elf *elf = w->elf;
  Elf64_Sym *syms;
  Elf32_Word *xndx = NULL;
  bool need_xndx = elf->symtab_shndx != NULL;

  if (!elf->symtab)
    return 0;
  syms = klp_xcalloc (elf->path, w->nsyms_out, sizeof *syms);
  if (!syms)
    return -1;

  /* Is an extended index table needed now?  */
  for (size_t i = 1; i < elf->nsyms && !need_xndx; i++)
    {
      struct klp_symbol *sym = &elf->symbols[i];
      if (!sym->removed && is_section_index (sym->shndx)
	  && new_section_index (elf, sym->shndx) >= SHN_LORESERVE)
	need_xndx = true;
    }
  if (need_xndx && !elf->symtab_shndx)
    {
      klp_error (elf->path, "too many sections for the symbol table: an "
		 "extended section index table would be needed");
      free (syms);
      return -1;
    }
  if (need_xndx)
    {
      xndx = klp_xcalloc (elf->path, w->nsyms_out, sizeof *xndx);
      if (!xndx)
	{
	  free (syms);
	  return -1;
	}
    }

  for (size_t i = 0; i < elf->nsyms; i++)
    {
      struct klp_symbol *sym = &elf->symbols[i];
      Elf64_Sym *out;

      if (sym->removed && i != 0)
	continue;
      out = &syms[sym->new_index];
      out->st_name = i ? sym->sym.st_name : 0;
      out->st_info = sym->sym.st_info;
      out->st_other = sym->sym.st_other;
      out->st_value = sym->sym.st_value;
      out->st_size = sym->sym.st_size;
      if (is_section_index (sym->shndx))
	{
	  size_t n = new_section_index (elf, sym->shndx);
	  if (n >= SHN_LORESERVE)
	    {
	      out->st_shndx = SHN_XINDEX;
	      xndx[sym->new_index] = n;
	    }
	  else
	    out->st_shndx = n;
	}
      else
	out->st_shndx = sym->shndx;
    }

  w->out[elf->symtab->index].buf = syms;
  w->out[elf->symtab->index].size = w->nsyms_out * sizeof *syms;
  w->out[elf->symtab->index].info = w->first_global_out;
  if (elf->symtab_shndx)
    {
      if (!xndx)
	xndx = klp_xcalloc (elf->path, w->nsyms_out, sizeof *xndx);
      if (!xndx)
	return -1;
      w->out[elf->symtab_shndx->index].buf = xndx;
      w->out[elf->symtab_shndx->index].size = w->nsyms_out * sizeof *xndx;
    }
  return 0;
}

/* Step 3b: relocation sections whose symbol indices changed, and group
   sections.  */
static int
build_relocations_and_groups (struct writer *w)
{
  struct klp_elf *elf = w->elf;
  struct klp_section *sec;

  klp_for_each_section (elf, sec)
    {
      if (sec->removed)
	continue;
      if (is_rela_section (sec) && w->symbols_renumbered)
	{
	  size_t n = klp_rela_count (sec);
	  size_t esz = rela_entsize (sec);
	  unsigned char *buf = klp_xmalloc (elf->path, n * esz);
	  if (!buf)
	    return -1;
	  for (size_t i = 0; i < n; i++)
	    {
	      GElf_Rela r;
	      struct klp_symbol *sym;
	      klp_rela_get (sec, i, &r);
	      sym = &elf->symbols[GELF_R_SYM (r.r_info)];
	      if (sym->removed && sym->index != 0)
		{
		  klp_error (elf->path, "internal error: relocation %zu of "
			     "'%s' uses removed symbol '%s'", i, sec->name,
			     sym->name);
		  free (buf);
		  return -1;
		}
	      r.r_info = GELF_R_INFO (sym->new_index, GELF_R_TYPE (r.r_info));
	      if (sec->sh.sh_type == SHT_RELA)
		{
		  Elf64_Rela *o = (Elf64_Rela *) buf + i;
		  o->r_offset = r.r_offset;
		  o->r_info = r.r_info;
		  o->r_addend = r.r_addend;
		}
	      else
		{
		  Elf64_Rel *o = (Elf64_Rel *) buf + i;
		  o->r_offset = r.r_offset;
		  o->r_info = r.r_info;
		}
	    }
	  w->out[sec->index].buf = buf;
	  w->out[sec->index].size = n * esz;
	}
      else if (sec->sh.sh_type == SHT_GROUP)
	{
	  size_t n = sec->data->d_size / sizeof (Elf32_Word);
	  const Elf32_Word *in = sec->data->d_buf;
	  Elf32_Word *buf = klp_xmalloc (elf->path, n * sizeof *buf);
	  size_t kept = 1;
	  struct klp_symbol *sig = &elf->symbols[sec->sh.sh_info];
	  if (!buf)
	    return -1;
	  buf[0] = in[0];
	  for (size_t i = 1; i < n; i++)
	    if (!elf->sections[in[i]]->removed)
	      buf[kept++] = elf->sections[in[i]]->new_index;
	  w->out[sec->index].buf = buf;
	  w->out[sec->index].size = kept * sizeof *buf;
	  if (sig->removed)
	    {
	      klp_error (elf->path, "internal error: the signature symbol "
			 "'%s' of group '%s' was removed", sig->name,
			 sec->name);
	      return -1;
	    }
	  w->out[sec->index].info = sig->new_index;
	}
    }
  return 0;
}

/* The output sh_info of SEC.  */
static GElf_Word
output_info (const struct writer *w, const struct klp_section *sec)
{
  switch (sec->sh.sh_type)
    {
    case SHT_SYMTAB:
    case SHT_GROUP:
      return w->out[sec->index].info;
    case SHT_REL:
    case SHT_RELA:
      return sec->info ? sec->info->new_index : 0;
    default:
      if ((sec->sh.sh_flags & SHF_INFO_LINK) && sec->info)
	return sec->info->new_index;
      return sec->sh.sh_info;
    }
}

/* Step 4: hand everything to libelf and write FD.  */
static int
emit (struct writer *w, int fd)
{
  struct klp_elf *elf = w->elf;
  Elf *out;
  GElf_Ehdr eh;
  int ret = -1;

  out = elf_begin (fd, ELF_C_WRITE, NULL);
  if (!out || !gelf_newehdr (out, ELFCLASS64) || !gelf_getehdr (out, &eh))
    {
      klp_error_elf (w->file, "cannot create ELF output");
      goto out;
    }
  memcpy (eh.e_ident, elf->ehdr.e_ident, EI_NIDENT);
  eh.e_type = elf->ehdr.e_type;
  eh.e_machine = elf->ehdr.e_machine;
  eh.e_version = elf->ehdr.e_version;
  eh.e_entry = elf->ehdr.e_entry;
  eh.e_flags = elf->ehdr.e_flags;

  for (size_t i = 1; i < elf->nsections; i++)
    {
      struct klp_section *sec = elf->sections[i];
      struct out_section *o = &w->out[i];
      Elf_Scn *scn;
      Elf_Data *d;
      GElf_Shdr sh;

      if (sec->removed)
	continue;
      scn = elf_newscn (out);
      if (!scn || !(d = elf_newdata (scn)))
	{
	  klp_error_elf (w->file, "cannot create a section");
	  goto out;
	}
      if (elf_ndxscn (scn) != sec->new_index)
	{
	  klp_error (w->file, "internal error: section numbering mismatch");
	  goto out;
	}
      sh = sec->sh;
      sh.sh_name = o->name_off;
      sh.sh_link = sec->link ? sec->link->new_index : 0;
      sh.sh_info = output_info (w, sec);
      sh.sh_offset = 0;
      d->d_version = EV_CURRENT;
      d->d_off = 0;
      d->d_align = sh.sh_addralign ? sh.sh_addralign : 1;
      if (sec->data)
	{
	  d->d_type = sec->data->d_type;
	  d->d_buf = o->buf ? o->buf : sec->data->d_buf;
	  d->d_size = o->buf ? o->size : sec->data->d_size;
	}
      else
	{
	  d->d_type = ELF_T_BYTE;
	  d->d_buf = o->buf;
	  d->d_size = o->buf ? o->size : 0;
	}
      if (sec->sh.sh_type == SHT_NOBITS)
	{
	  d->d_buf = NULL;
	  d->d_size = sec->sh.sh_size;
	}
      sh.sh_size = d->d_size;
      if (!gelf_update_shdr (scn, &sh))
	{
	  klp_error_elf (w->file, "cannot write a section header");
	  goto out;
	}
    }

  {
    size_t shstrndx = elf->sections[elf->shstrndx]->new_index;
    if (shstrndx < SHN_LORESERVE)
      eh.e_shstrndx = shstrndx;
    else
      {
	Elf_Scn *zero = elf_getscn (out, 0);
	GElf_Shdr sh0;
	if (!zero || !gelf_getshdr (zero, &sh0))
	  {
	    klp_error_elf (w->file, "cannot write the section header 0");
	    goto out;
	  }
	sh0.sh_link = shstrndx;
	gelf_update_shdr (zero, &sh0);
	eh.e_shstrndx = SHN_XINDEX;
      }
  }
  if (!gelf_update_ehdr (out, &eh))
    {
      klp_error_elf (w->file, "cannot write the ELF header");
      goto out;
    }
  if (elf_update (out, ELF_C_WRITE) < 0)
    {
      klp_error_elf (w->file, "cannot write");
      goto out;
    }
  ret = 0;
out:
  if (out)
    elf_end (out);
  return ret;
}

int
klp_elf_write (struct klp_elf *elf, const char *path, mode_t mode)
{
  struct writer w = { .elf = elf, .file = path };
  struct klp_outfile out;
  int ret = -1;

  w.out = klp_xcalloc (path, elf->nsections, sizeof *w.out);
  if (!w.out)
    return -1;
  if (number_sections_and_symbols (&w) != 0
      || build_string_tables (&w) != 0
      || build_symbol_table (&w) != 0
      || build_relocations_and_groups (&w) != 0)
    goto out;

  if (mode == (mode_t) -1)
    {
      struct stat st;
      mode = 0644;
      if (elf->fd >= 0 && fstat (elf->fd, &st) == 0)
	mode = st.st_mode & 07777;
    }

  if (klp_outfile_open (&out, path, mode, 0) != 0)
    goto out;
  if (emit (&w, out.fd) != 0)
    {
      klp_outfile_discard (&out);
      goto out;
    }
  ret = klp_outfile_commit (&out);

out:
  for (size_t i = 0; i < elf->nsections; i++)
    free (w.out[i].buf);
  free (w.out);
  return ret;
}
