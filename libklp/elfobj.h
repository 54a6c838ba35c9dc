/* The libklp ELF object model, shared by the tools and the ld plugin.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A 'struct klp_elf' is a relocatable ELF64 object (a '.o' or a '.ko')
   read with libelf.  Sections and symbols live in arrays indexed by their
   ELF index in the input, with a hash table of section names beside
   them.  Edits are made on the model (rename a symbol, remove a section
   or symbol, replace a section's data, add a section); klp_elf_write()
   then writes a new file:
   sections and symbols that were removed are dropped, every index that
   refers to them (sh_link, sh_info, st_shndx, SHT_GROUP members, relocation
   symbol indices, .symtab_shndx) is renumbered, and the string tables are
   rebuilt.  The input file is never modified.

   Memory ownership, once for the whole model:
   - klp_elf_open*() returns a model that owns everything reachable from
     it: the section and symbol arrays, every name, every data buffer that
     the model allocated.  klp_elf_close() frees all of it.
   - Names returned by the model point into the input's string tables or
     into copies owned by the model; they stay valid until klp_elf_close().
   - klp_section_set_data(), klp_rela_set() and klp_section_filter_relas()
     make the section own its buffer; data obtained from the input stays
     owned by libelf.
   - Relocations are never copied out of the section data: read and write
     them with klp_rela_get()/klp_rela_set() (GElf, so byte order and
     class are handled by libelf).

   Byte order: section bytes of SHT_PROGBITS sections are in the object's
   byte order; use klp_elf_read_u32()/klp_elf_read_u64() on them.  */

#ifndef KLP_ELFOBJ_H
#define KLP_ELFOBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <gelf.h>

#include "hash.h"

struct klp_elf;

/* Initialise libelf, once; the model and its views do it when needed,
   but a program that reads objects in several threads calls this
   first.  Returns 0, or -1 after reporting an error.  */
int klp_elf_init (void);

struct klp_section
{
  struct klp_hnode name_node;	/* In klp_elf.section_names.  */
  struct klp_elf *elf;
  size_t index;			/* ELF index in the input (or as added).  */
  size_t new_index;		/* ELF index in the output (set by write).  */
  const char *name;
  GElf_Shdr sh;			/* Header; sh_name, sh_link, sh_info,
				   sh_offset and sh_size are recomputed at
				   write from the model.  */
  Elf_Scn *scn;			/* Input section, NULL if added.  */
  Elf_Data *data;		/* Contents (NULL for SHT_NULL).  */
  struct klp_section *link;	/* Section named by sh_link, or NULL.  */
  struct klp_section *info;	/* For SHF_INFO_LINK/relocation sections:
				   the section named by sh_info.  */
  struct klp_section *rela;	/* For a section: its SHT_RELA/SHT_REL
				   section, if any.  */
  struct klp_section *group;	/* The SHT_GROUP section that lists it,
				   or NULL.  */
  bool removed;
  bool owns_data;		/* data->d_buf was allocated by the model. */
};

struct klp_symbol
{
  size_t index;			/* Index in the input .symtab.  */
  size_t new_index;		/* Index in the output (set by write).  */
  const char *name;
  GElf_Sym sym;			/* st_name is recomputed at write; st_shndx
				   holds the raw field (maybe SHN_XINDEX).  */
  size_t shndx;			/* Real section index (SHN_XINDEX resolved)
				   or the special SHN_* value.  */
  struct klp_section *sec;	/* Defining section, or NULL.  */
  bool removed;
};

struct klp_elf
{
  char *path;			/* For diagnostics (owned).  */
  int fd;			/* -1 when opened from memory.  */
  Elf *elf;
  void *image;			/* Owned copy of the file, or NULL.  */
  size_t size;			/* Size of the file or image in bytes.  */
  GElf_Ehdr ehdr;
  size_t shnum;			/* Input sections, including index 0.  */
  size_t shstrndx;
  struct klp_section **sections; /* [nsections], by ELF index; input
				   sections first, then added ones.  The
				   pointers are stable for the model's life. */
  size_t nsections, sections_alloc;
  struct klp_section *symtab;	/* The SHT_SYMTAB section or NULL.  */
  struct klp_section *symtab_shndx;
  struct klp_symbol *symbols;	/* [nsyms], by symbol table index.  */
  size_t nsyms;
  size_t first_global;		/* .symtab sh_info.  */
  struct klp_htab section_names;
  char **owned_names;		/* Names allocated by the model.  */
  size_t nowned_names, owned_names_alloc;
};

/* Open PATH.  Refuses anything but an ELF64 ET_REL object with a sane
   layout: every section index (sh_link, sh_info, st_shndx, relocation
   symbol indices) in range, every name readable.  Reports the problem and
   returns NULL on error.  */
struct klp_elf *klp_elf_open (const char *path);

/* Same, for SIZE bytes at BUF, which the model copies; NAME is used in
   diagnostics.  Used by the fuzzer and by the plugin for archive members.  */
struct klp_elf *klp_elf_open_memory (const char *name, const void *buf,
				     size_t size);

/* Open the SIZE bytes at OFFSET of the open file FD (a plain object or an
   archive member as ld's claim hook describes it).  */
struct klp_elf *klp_elf_open_fd (const char *name, int fd, off_t offset,
				 size_t size);

void klp_elf_close (struct klp_elf *elf);

/* --------------------------------------------------------------------
   The cheap mode: a view of an ELF64 file.

   What the ld plugin needs of every input, and klp-symbols of every
   module, is a small part of what the model reads: the ELF header, the
   section header table and the section names, then perhaps the symbol
   table or a section or two.  A 'struct klp_elf_view' reads those and
   nothing else, on demand, from a file descriptor at an offset (a plain
   file, or an archive member as ld's claim hook describes it) or from
   memory (a decompressed module).  libelf translates what is read into
   the host's byte order (elf64_xlatetom), so fields are read from
   <elf.h>'s structures.  It takes no libelf descriptor: elf_begin
   allocates and clears a structure per section, which, for every input
   of a link of small objects, would cost more than ld's own reading of
   them.  The headers take two reads when the section name table lies
   just before the section headers, as assemblers and linkers write it.

   A view accepts an ELF64 file of any type (vmlinux is ET_EXEC): the
   caller checks e_type.  Problems of the file are not reported: the
   functions return 1 and describe the problem in VIEW->problem, for the
   caller to report or not (ld reports its own inputs' problems).  A read
   error or an allocation failure is reported, and they return -1.
   Everything the view allocates is freed by klp_elf_view_close(), except
   what the functions that hand out buffers say.  A view points into
   itself: it is used where it was opened, never copied.  */

struct klp_elf_view
{
  const char *name;		/* For messages (not owned).  */
  int fd;			/* The file, or -1 when reading MEM.  */
  off_t offset;			/* Where the ELF file starts in FD.  */
  const unsigned char *mem;	/* The file's bytes, or NULL.  */
  size_t size;			/* The ELF file's size.  */
  bool is_elf;			/* It starts with the ELF magic number.  */
  GElf_Ehdr ehdr;		/* In the host's byte order.  */
  size_t shnum;			/* Sections, including index 0.  */
  size_t shstrndx;
  const GElf_Shdr *shdrs;	/* [shnum], in the host's byte order.  */
  const char *names;		/* The section name table, ending with a */
  size_t names_size;		/* NUL.  */
  char problem[160];		/* Why the file cannot be read.  */
  void *storage[2];		/* Owned.  */
  /* Room for the headers of most objects, so that looking at an input
     allocates nothing (last: not cleared).  */
  GElf_Shdr scratch[128];
};

/* Open a view of the SIZE bytes at OFFSET of FD, or of the SIZE bytes at
   DATA (which must outlive the view); NAME is used in messages.  Reads
   the ELF header, the section header table and the section name table.
   Returns 0; 1 when the bytes are not an ELF64 file with sane section
   headers and a section name table (see VIEW->problem); -1 after
   reporting an error.  Close the view in every case.  */
int klp_elf_view_open_fd (struct klp_elf_view *view, const char *name,
			  int fd, off_t offset, size_t size);
int klp_elf_view_open_memory (struct klp_elf_view *view, const char *name,
			      const void *data, size_t size);
void klp_elf_view_close (struct klp_elf_view *view);

/* The name of section INDEX (below VIEW->shnum), or NULL when its name
   offset is outside the name table.  */
static inline const char *
klp_elf_view_section_name (const struct klp_elf_view *view, size_t index)
{
  size_t off = view->shdrs[index].sh_name;
  return off < view->names_size ? view->names + off : NULL;
}

/* The index of the first section named NAME, 0 if none.  */
size_t klp_find_view_section_by_name (const struct klp_elf_view *view,
				      const char *name);

/* The contents of section INDEX, which has contents in the file (not
   SHT_NOBITS), in a malloc'd buffer that *DATA receives (the caller
   frees it), with its size in *SIZE.  Returns 0, 1 (the section lies
   outside the file), or -1 after reporting an error.  */
int klp_elf_view_read_section (struct klp_elf_view *view, size_t index,
			       void **data, size_t *size);

/* The symbol table of a view (the first SHT_SYMTAB section).  */
struct klp_elf_symtab
{
  size_t index;			/* Its section index; 0: there is none.  */
  GElf_Sym *syms;		/* [nsyms], in the host's byte order;  */
  size_t nsyms;			/* entry 0 is the null symbol.  */
  size_t first_global;		/* sh_info.  */
  Elf32_Word *xndx;		/* [nsyms], SHT_SYMTAB_SHNDX, or NULL.  */
  char *strs;			/* The string table, ending with a NUL.  */
  size_t strs_size;
};

/* Read the symbol table, its string table and its extended section
   index table into *SYMTAB, which owns them: klp_elf_symtab_free() frees
   them, and the caller may take STRS (then set it to NULL).  A view
   without a symbol table gives SYMTAB->index 0.  Returns 0, 1 (see
   VIEW->problem), or -1 after reporting an error.  */
int klp_elf_view_read_symtab (struct klp_elf_view *view,
			      struct klp_elf_symtab *symtab);
void klp_elf_symtab_free (struct klp_elf_symtab *symtab);

/* The name of SYM, or NULL when its offset is outside the table.  */
static inline const char *
klp_elf_symtab_name (const struct klp_elf_symtab *symtab, const GElf_Sym *sym)
{
  return sym->st_name < symtab->strs_size ? symtab->strs + sym->st_name
					  : NULL;
}

/* The section index of symbol I, SHN_XINDEX resolved.  */
static inline size_t
klp_elf_symtab_shndx (const struct klp_elf_symtab *symtab, size_t i)
{
  size_t shndx = symtab->syms[i].st_shndx;
  return shndx == SHN_XINDEX && symtab->xndx ? symtab->xndx[i] : shndx;
}

/* Archives, through libelf's archive support: long member names are
   resolved, the symbol and long name tables are not members.  A thin
   archive (whose members are files of their own, given to ld by name)
   is not an archive here.  */

/* The name of the member whose contents start at OFFSET in the archive
   ARCHIVE, open as FD, for messages: "ARCHIVE(MEMBER)", malloc'd; or
   "ARCHIVE(@OFFSET)" when no member starts there.  NULL only when out
   of memory (reported).  */
char *klp_archive_member_name (const char *archive, int fd, off_t offset);

/* Call FN (DATA, MEMBER, OFFSET, SIZE) for each member of the archive
   ARCHIVE open as FD, in order, with its name and the offset and size of
   its contents in the file, until FN returns non-zero.  A file that is
   not an archive has no members.  Returns 0, FN's non-zero value, or -1
   after reporting an error.  */
int klp_archive_for_each_member (const char *archive, int fd,
				 int (*fn) (void *data, const char *member,
					    off_t offset, size_t size),
				 void *data);

/* Lookups.  By name: the first match in index order, NULL if none.  By
   index: NULL when out of range.  */
struct klp_section *klp_find_section_by_name (struct klp_elf *elf,
					      const char *name);
struct klp_symbol *klp_find_symbol_by_index (struct klp_elf *elf,
					     size_t index);

#define klp_for_each_section(elf, s)					\
  for (size_t __i_##s = 1;						\
       __i_##s < (elf)->nsections && ((s) = (elf)->sections[__i_##s], 1); \
       __i_##s++)
#define klp_for_each_symbol(elf, y)					\
  for ((y) = (elf)->nsyms > 1 ? &(elf)->symbols[1] : NULL;		\
       (y) && (y) < &(elf)->symbols[(elf)->nsyms]; (y)++)

static inline bool
is_rela_section (const struct klp_section *sec)
{
  return sec->sh.sh_type == SHT_RELA || sec->sh.sh_type == SHT_REL;
}

static inline bool
is_undefined_symbol (const struct klp_symbol *sym)
{
  return sym->shndx == SHN_UNDEF && sym->index != 0;
}

static inline bool
is_local_symbol (const struct klp_symbol *sym)
{
  return GELF_ST_BIND (sym->sym.st_info) == STB_LOCAL;
}

static inline bool
is_weak_symbol (const struct klp_symbol *sym)
{
  return GELF_ST_BIND (sym->sym.st_info) == STB_WEAK;
}

static inline bool
is_big_endian (const struct klp_elf *elf)
{
  return elf->ehdr.e_ident[EI_DATA] == ELFDATA2MSB;
}

/* Relocations of a SHT_RELA or SHT_REL section (REL entries read with a
   zero addend).  Index I must be below klp_rela_count().  */
size_t klp_rela_count (const struct klp_section *sec);
void klp_rela_get (const struct klp_section *sec, size_t i, GElf_Rela *rela);
/* Store RELA at index I: 0, or -1 after reporting an error (the section
   could not be given a writable copy of its data).  */
int klp_rela_set (struct klp_section *sec, size_t i, const GElf_Rela *rela);

/* The symbol a relocation names (NULL for index 0).  */
struct klp_symbol *klp_rela_symbol (struct klp_section *sec,
				    const GElf_Rela *rela);

/* The signature symbol of the COMDAT group that holds SEC (a section
   listed by an SHT_GROUP section with the GRP_COMDAT flag), or NULL.  */
struct klp_symbol *klp_comdat_signature (const struct klp_section *sec);

/* Iteration over the relocations of SEC, in order:
     struct klp_rela_iter r;
     klp_for_each_rela (sec, r)
       ... r.i (the index), r.rela, r.sym (NULL for symbol index 0) ...
   The section must not change during the loop.  */
struct klp_rela_iter
{
  struct klp_section *sec;
  size_t i, n;
  GElf_Rela rela;
  struct klp_symbol *sym;
};

static inline bool
klp_rela_iter_next (struct klp_rela_iter *r)
{
  if (++r->i >= r->n)
    return false;
  klp_rela_get (r->sec, r->i, &r->rela);
  r->sym = klp_rela_symbol (r->sec, &r->rela);
  return true;
}

#define klp_for_each_rela(s, r)					\
  for ((r).sec = (s), (r).n = klp_rela_count ((r).sec), (r).i = (size_t) -1; \
       klp_rela_iter_next (&(r));)

/* Bytes of a section that has contents (NULL, size 0 for SHT_NOBITS).  */
const unsigned char *klp_section_bytes (const struct klp_section *sec,
					size_t *size);

/* Read a value stored in the object's byte order.  */
uint32_t klp_elf_read_u32 (const struct klp_elf *elf, const void *p);
uint64_t klp_elf_read_u64 (const struct klp_elf *elf, const void *p);

/* Edits.  All return 0, or -1 after reporting an error.  */

/* Give SYM a new name (copied).  */
int klp_symbol_rename (struct klp_elf *elf, struct klp_symbol *sym,
		       const char *name);

/* Mark a symbol or section removed.  Removing a section removes its
   relocation section too.  Symbols defined in a removed section must be
   removed by the caller (klp_elf_write reports any left).  */
void klp_symbol_remove (struct klp_elf *elf, struct klp_symbol *sym);
void klp_section_remove (struct klp_elf *elf, struct klp_section *sec);

/* Append a new section, placed after every input section.  LINK and
   INFO may be NULL.  Returns NULL on error.  */
struct klp_section *klp_section_add (struct klp_elf *elf, const char *name,
				     GElf_Word type, GElf_Xword flags,
				     struct klp_section *link,
				     struct klp_section *info,
				     GElf_Xword entsize, GElf_Xword align);

/* Keep only the relocations I of SEC for which KEEP[I] is true.  */
int klp_section_filter_relas (struct klp_section *sec, const bool *keep);

/* The bytes of SEC, to edit in place: the model owns a copy from now on
   and writes it.  NULL (and *SIZE 0) for a section without contents, or
   after reporting an error.  */
unsigned char *klp_section_bytes_for_edit (struct klp_section *sec,
					   size_t *size);

/* Replace the contents of SEC with SIZE bytes at BUF (ownership passes
   to the model, which frees BUF on error; BUF must come from malloc).  */
int klp_section_set_data (struct klp_section *sec, void *buf, size_t size);

/* Write the model to PATH as an output file (lib/outfile.h: a temporary
   file in the same directory, renamed into place only when everything
   succeeded): the target is never left partial, and PATH may be the
   input's own path.  A new file gets the permission bits MODE (the
   input's when MODE is (mode_t) -1) less the umask; an existing one
   keeps its own, and its owner where the process may set it.
   Returns 0 or -1 after reporting an error.  */
int klp_elf_write (struct klp_elf *elf, const char *path, mode_t mode);

#endif /* KLP_ELFOBJ_H */
