/* The libklp ELF object model, shared by the tools and the ld plugin.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A 'struct klp_elf' is a relocatable ELF64 object (a '.o' or a '.ko')
   read with libelf.  Sections and symbols live in arrays indexed by their
   ELF index in the input, with hash tables by name beside them.  Edits are
   made on the model (rename a symbol, remove a section or symbol, replace a
   section's data, add a section); klp_elf_write() then writes a new file:
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
   - klp_section_set_data() and klp_section_append() make the section own
     its buffer; data obtained from the input stays owned by libelf.
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
  bool removed;
  bool owns_data;		/* data->d_buf was allocated by the model. */
  bool changed;			/* Contents changed (diagnostic only).  */
};

struct klp_symbol
{
  struct klp_hnode name_node;	/* In klp_elf.symbol_names.  */
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
  Elf *archive;			/* The archive when reading a member.  */
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
  struct klp_htab symbol_names;
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

/* Lookups.  By index: NULL when out of range.  By name: the first match
   in index order, NULL if none.  */
struct klp_section *klp_find_section_by_index (struct klp_elf *elf,
					       size_t index);
struct klp_section *klp_find_section_by_name (struct klp_elf *elf,
					      const char *name);
struct klp_symbol *klp_find_symbol_by_index (struct klp_elf *elf,
					     size_t index);
struct klp_symbol *klp_find_symbol_by_name (struct klp_elf *elf,
					    const char *name);

/* Iteration over the sections whose name starts with PREFIX, in index
   order.  Pass NULL as FROM to get the first.  */
struct klp_section *klp_next_section_with_prefix (struct klp_elf *elf,
						  struct klp_section *from,
						  const char *prefix);

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
void klp_rela_set (struct klp_section *sec, size_t i, const GElf_Rela *rela);

/* The symbol a relocation names (NULL for index 0).  */
struct klp_symbol *klp_rela_symbol (struct klp_section *sec,
				    const GElf_Rela *rela);

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

/* Append one relocation to a SHT_RELA section (grows an owned buffer).  */
int klp_section_append_rela (struct klp_section *sec, const GElf_Rela *rela);

/* Keep only the relocations I of SEC for which KEEP[I] is true.  */
int klp_section_filter_relas (struct klp_section *sec, const bool *keep);

/* The bytes of SEC, to edit in place: the model owns a copy from now on
   and writes it.  NULL (and *SIZE 0) for a section without contents, or
   after reporting an error.  */
unsigned char *klp_section_bytes_for_edit (struct klp_section *sec,
					   size_t *size);

/* Replace the contents of SEC with SIZE bytes at BUF (ownership passes
   to the model; BUF must come from malloc).  */
void klp_section_set_data (struct klp_section *sec, void *buf, size_t size);

/* Write the model to PATH through a temporary file in the same directory
   and rename(2) it into place only when everything succeeded: the target
   is never left partial, and PATH may be the input's own path.  MODE is
   the new file's permission bits (the input's when MODE is (mode_t) -1).
   Returns 0 or -1 after reporting an error.  */
int klp_elf_write (struct klp_elf *elf, const char *path, mode_t mode);

#endif /* KLP_ELFOBJ_H */
