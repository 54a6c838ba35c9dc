/* The symbols of one object of the kernel, as the livepatch core counts
   them.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A module is read in passes (klp_objsyms_read_module):
   1. it is opened, or decompressed into memory (klp_image_load), and
      read through the ELF model's view (struct klp_elf_view): the
      section headers and names, then the symbol table and .modinfo, with
      pread(2) from the file (no mapping, which several threads would
      serialise on);
   2. the sections are classified, with the changes the module loader
      makes to them before it lays the module out (kernel/module/main.c:
      .modinfo, __versions and the per-CPU section lose SHF_ALLOC), and
      each section is classified: init or not, and how elf_type() types
      its symbols;
   3. .modinfo gives the module's name and livepatch=Y;
   4. one walk over .symtab keeps the symbols of the chosen table, types
      them, gives locals the file of the preceding STT_FILE symbol, and
      collects the __ksymtab_NAME symbols;
   5. the exports are marked, and the letters of exported symbols are
      put in upper case as /proc/kallsyms does.
   Nothing else of the file is read: on a module of a distribution, the
   symbol and string tables, the section headers and .modinfo are about a
   tenth of its bytes.

   vmlinux is read like the kernel build makes its table: nm's letters and
   "nm -n" order, scripts/mksysmap's filter, then klp_kallsyms_select().  */

#include <config.h>

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gelf.h>

#include <klp/abi.h>
#include "array.h"
#include "decompress.h"
#include "diag.h"
#include "elfobj.h"
#include "hash.h"
#include "kallsyms.h"
#include "modinfo.h"
#include "objsyms.h"
#include "rules.h"
#include "strutil.h"

int
klp_objsyms_init (void)
{
  return klp_elf_init ();
}

void
klp_objsyms_free (struct klp_objsyms *obj)
{
  if (!obj)
    return;
  free (obj->strings);
  free (obj->syms);
  free (obj->name);
  free (obj->path);
  free (obj);
}

static struct klp_objsyms *
new_object (const char *path, const char *name)
{
  struct klp_objsyms *obj = klp_xcalloc (path, 1, sizeof *obj);

  if (!obj)
    return NULL;
  obj->path = klp_xstrdup (path, path);
  if (name)
    obj->name = klp_xstrdup (path, name);
  if (!obj->path || (name && !obj->name))
    {
      klp_objsyms_free (obj);
      return NULL;
    }
  return obj;
}

/* ------------------------------------------------------------------ */
/* Exports.                                                           */
/* ------------------------------------------------------------------ */

/* An export an object declares: "__ksymtab_NAME" (or Module.symvers).  */
struct export_request
{
  const char *name;		/* The exported name.  */
  const char *file;		/* File of the __ksymtab_ symbol, or NULL.  */
  char flag;			/* 'E', 'G', or 0: 'E' if the symbol has an
				   upper-case letter, else 'G'.  */
};

struct export_list
{
  struct export_request *v;
  size_t n, alloc;
};

static int
add_export (const char *path, struct export_list *l, const char *name,
	    const char *file, char flag)
{
  if (klp_array_reserve (path, l->v, l->alloc, l->n + 1) < 0)
    return -1;
  l->v[l->n].name = name;
  l->v[l->n].file = file;
  l->v[l->n].flag = flag;
  l->n++;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Small sets of names.                                               */
/* ------------------------------------------------------------------ */

/* A few names (the exports of an object, the names that only the table
   of a loading module has), looked up for every symbol of the object.  A
   filter of 4096 bits, indexed by a name's length and first and last
   characters, answers "not in the set" for almost every symbol without
   hashing its name.  */
struct name_entry
{
  struct klp_hnode node;
  const char *name;
  const char *file;		/* Exports: file of the __ksymtab_ symbol. */
  char flag;			/* Exports: as in struct export_request.  */
  size_t nextra;		/* Loading-only symbols of this name.  */
  /* Counted over the object's symbols.  */
  size_t n, nglobal, nfile;
};

struct name_set
{
  struct name_entry *v;
  size_t n;
  struct klp_htab tab;
  uint64_t filter[4096 / 64];
};

static unsigned int
filter_bit (const char *name, size_t len)
{
  return (len * 31 + (unsigned char) name[0] * 7
	  + (unsigned char) name[len - 1]) % 4096;
}

/* A set for at most MAX names.  */
static int
name_set_init (struct name_set *set, const char *path, size_t max)
{
  memset (set, 0, sizeof *set);
  set->v = klp_xcalloc (path, max ? max : 1, sizeof *set->v);
  if (!set->v)
    return -1;
  if (klp_htab_init (&set->tab, max) < 0)
    {
      free (set->v);
      klp_error (path, "out of memory");
      return -1;
    }
  return 0;
}

static void
name_set_free (struct name_set *set)
{
  klp_htab_free (&set->tab);
  free (set->v);
}

static struct name_entry *
find_name_entry (const struct name_set *set, const char *name, size_t len,
		 uint64_t *hash)
{
  unsigned int bit;
  struct name_entry *e;

  if (len == 0)
    return NULL;
  bit = filter_bit (name, len);
  if (!(set->filter[bit / 64] & (UINT64_C (1) << (bit % 64))))
    return NULL;
  *hash = klp_hash_mem (name, len);
  klp_htab_for_each (&set->tab, *hash, e, struct name_entry, node)
    if (strcmp (e->name, name) == 0)
      return e;
  return NULL;
}

/* The entry of NAME in SET, or NULL.  */
static struct name_entry *
name_set_find (const struct name_set *set, const char *name)
{
  uint64_t h;

  return find_name_entry (set, name, strlen (name), &h);
}

/* The entry of NAME (not empty), added if new; there is room for it.  */
static struct name_entry *
name_set_add (struct name_set *set, const char *name)
{
  size_t len = strlen (name);
  unsigned int bit = filter_bit (name, len);
  struct name_entry *e;
  uint64_t h;

  set->filter[bit / 64] |= UINT64_C (1) << (bit % 64);
  e = find_name_entry (set, name, len, &h);
  if (e)
    return e;
  e = &set->v[set->n++];
  e->name = name;
  klp_htab_add (&set->tab, h, &e->node);
  return e;
}

static bool
is_same_file (const char *a, const char *b)
{
  return a && b && strcmp (a, b) == 0;
}

/* Mark the exports L lists.  The kernel exports one symbol of a name (the
   one whose address the __ksymtab entry holds); when several have the
   name, prefer the global ones, then those of the file that exports it;
   if that does not decide, mark every candidate (the module loader
   resolves exports by name anyway).  A later request for a name
   overrides the kind of export of an earlier one.  Returns 0, or -1 (out
   of memory).  */
static int
mark_exports (struct klp_objsyms *obj, const struct export_list *l)
{
  struct name_set set;
  size_t *matches, nmatches = 0;

  if (l->n == 0 || obj->nsyms == 0)
    return 0;
  if (name_set_init (&set, obj->path, l->n) < 0)
    return -1;
  matches = klp_xmalloc (obj->path, obj->nsyms * sizeof *matches);
  if (!matches)
    {
      name_set_free (&set);
      return -1;
    }
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i].name[0])
      {
	struct name_entry *e = name_set_add (&set, l->v[i].name);
	e->flag = l->v[i].flag;
	if (!e->file)
	  e->file = l->v[i].file;
      }
  for (size_t i = 0; i < obj->nsyms; i++)
    {
      const struct klp_objsym *s = &obj->syms[i];
      struct name_entry *e = name_set_find (&set, s->name);

      if (!e)
	continue;
      e->n++;
      e->nglobal += s->is_global;
      e->nfile += is_same_file (s->file, e->file);
      matches[nmatches++] = i;
    }
  for (size_t i = 0; i < nmatches; i++)
    {
      struct klp_objsym *s = &obj->syms[matches[i]];
      struct name_entry *e = name_set_find (&set, s->name);

      if (e->nglobal ? s->is_global
	  : e->nfile ? is_same_file (s->file, e->file) : true)
	/* Flag 0: a module of a dump, where only EXPORT_SYMBOL exports
	   have an upper-case letter.  */
	s->export = e->flag ? e->flag : e->nglobal ? 'E' : 'G';
    }
  free (matches);
  name_set_free (&set);
  return 0;
}

/* Modules: /proc/kallsyms prints the letter in upper case exactly when
   is_exported() finds the symbol among the module's EXPORT_SYMBOL
   exports (mod->syms; EXPORT_SYMBOL_GPL ones are in mod->gpl_syms,
   which it does not search).  */
static void
set_module_letter_case (struct klp_objsyms *obj)
{
  for (size_t i = 0; i < obj->nsyms; i++)
    {
      struct klp_objsym *s = &obj->syms[i];
      if (s->type != '?')
	s->type = (s->export == 'E' ? toupper ((unsigned char) s->type)
		   : tolower ((unsigned char) s->type));
    }
}

void
klp_objsyms_add_symvers_exports (struct klp_objsyms *obj,
				 const struct klp_symvers *symvers)
{
  struct export_list l = { 0 };
  bool is_module = strcmp (obj->name, "vmlinux") != 0;
  bool changed = false;

  for (size_t i = 0; i < obj->nsyms; i++)
    {
      bool is_gpl;
      const char *owner = klp_symvers_lookup_export (symvers,
						     obj->syms[i].name,
						     &is_gpl);
      if (!owner || strcmp (owner, obj->name) != 0)
	continue;
      /* Module.symvers knows the kind of export best: a vmlinux list
	 without addresses does not.  */
      if (add_export (obj->path, &l, obj->syms[i].name, NULL,
		      is_gpl ? 'G' : 'E') < 0)
	break;
      changed = true;
    }
  if (changed && mark_exports (obj, &l) == 0 && is_module)
    set_module_letter_case (obj);
  free (l.v);
}

/* ------------------------------------------------------------------ */
/* ELF files.                                                         */
/* ------------------------------------------------------------------ */

/* What a section means for the symbols defined in it.  */
struct section_info
{
  const char *name;
  GElf_Word type;
  GElf_Xword flags;		/* As the module loader leaves them.  */
  bool is_init;			/* Laid out in the module's init part.  */
  char letter;			/* nm's letter (vmlinux), lower case.  */
};

/* An object's tables, read through the ELF model's view: what the
   symbol walk needs.  */
struct object_file
{
  const char *path;
  struct klp_image image;	/* The file, or its decompressed bytes.  */
  struct klp_elf_view view;	/* Headers and section names.  */
  size_t shnum;
  struct section_info *secs;	/* [shnum].  */
  struct klp_elf_symtab symtab;
};

static void
close_object_file (struct object_file *f)
{
  free (f->secs);
  klp_elf_symtab_free (&f->symtab);
  klp_elf_view_close (&f->view);
  klp_image_free (&f->image);
}

/* Passes 1 and 2: open PATH (decompressed as its name says), check its
   type, read the section headers and names, and the symbol table.
   WANT_REL: a module, else a vmlinux.  */
static int
open_object_file (struct object_file *f, const char *path, bool want_rel)
{
  const GElf_Ehdr *eh;
  int r;

  /* The view is set when it is opened; it is large (its scratch area):
     nothing else of it is cleared.  */
  f->path = path;
  f->shnum = 0;
  f->secs = NULL;
  memset (&f->symtab, 0, sizeof f->symtab);
  memset (&f->view, 0, offsetof (struct klp_elf_view, scratch));
  if (klp_image_load (path, &f->image) < 0)
    return -1;
  if (f->image.data)
    r = klp_elf_view_open_memory (&f->view, path, f->image.data,
				  f->image.size);
  else
    r = klp_elf_view_open_fd (&f->view, path, f->image.fd, 0, f->image.size);
  if (r > 0 && !want_rel && f->image.size > 0 && !f->view.is_elf)
    klp_error (path, "not an ELF file (a compressed kernel image such as "
	       "vmlinuz is not vmlinux: give vmlinux, --system-map or "
	       "--kallsyms)");
  else if (r > 0)
    klp_error (path, "%s", f->view.problem);
  if (r != 0)
    return -1;
  eh = &f->view.ehdr;
  if (want_rel && eh->e_type != ET_REL)
    {
      klp_error (path, "not a kernel module: ELF type %u, expected a "
		 "relocatable object (ET_REL)", (unsigned) eh->e_type);
      return -1;
    }
  if (!want_rel && eh->e_type != ET_EXEC && eh->e_type != ET_DYN)
    {
      klp_error (path, "not a vmlinux: ELF type %u, expected an executable"
		 " (ET_EXEC or ET_DYN)", (unsigned) eh->e_type);
      return -1;
    }
  f->shnum = f->view.shnum;
  f->secs = klp_xcalloc (path, f->shnum, sizeof *f->secs);
  if (!f->secs)
    return -1;
  f->secs[0].name = "";
  for (size_t i = 1; i < f->shnum; i++)
    {
      f->secs[i].name = klp_elf_view_section_name (&f->view, i);
      if (!f->secs[i].name)
	{
	  klp_error (path, "section %zu has a corrupt name", i);
	  return -1;
	}
      f->secs[i].type = f->view.shdrs[i].sh_type;
      f->secs[i].flags = f->view.shdrs[i].sh_flags;
    }

  r = klp_elf_view_read_symtab (&f->view, &f->symtab);
  if (r > 0)
    klp_error (path, "%s", f->view.problem);
  if (r != 0)
    return -1;
  if (!f->symtab.index)
    {
      if (want_rel)
	klp_error (path, "no symbol table: a stripped module");
      else
	klp_error (path, "no symbol table: a stripped vmlinux (use the "
		   "one of the build tree or of linux-image-VERSION-dbg, or "
		   "--system-map or --kallsyms)");
      return -1;
    }
  return 0;
}

/* The name of symbol I of F; reports a corrupt name.  */
static const char *
symbol_name (const struct object_file *f, size_t i)
{
  const char *name = klp_elf_symtab_name (&f->symtab, &f->symtab.syms[i]);

  if (!name)
    klp_error (f->path, "symbol %zu has a corrupt name offset %lu", i,
	       (unsigned long) f->symtab.syms[i].st_name);
  return name;
}

/* The strings the symbol names point into, for OBJ to keep.  */
static void
keep_strings (struct klp_objsyms *obj, struct object_file *f)
{
  obj->strings = f->symtab.strs;
  f->symtab.strs = NULL;
}

/* The file an STT_FILE symbol names, if usable in a map.  */
static const char *
file_symbol_name (const char *name)
{
  if (name[0] == '\0')
    return NULL;		/* ld's marker: the following locals belong
				   to no input file.  */
  for (const char *p = name; *p; p++)
    if (isspace ((unsigned char) *p))
      return NULL;
  return name;
}

static int
grow_symbols (struct klp_objsyms *obj, size_t n)
{
  obj->syms = klp_xmalloc (obj->path, (n ? n : 1) * sizeof *obj->syms);
  return obj->syms ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* Modules.                                                           */
/* ------------------------------------------------------------------ */

/* The index of the first allocated section named NAME, as find_sec()
   of kernel/module/main.c; 0 if none.  */
static size_t
find_loader_section (const struct object_file *f, const char *name)
{
  for (size_t i = 1; i < f->shnum; i++)
    if ((f->secs[i].flags & SHF_ALLOC) && strcmp (f->secs[i].name, name) == 0)
      return i;
  return 0;
}

/* module_init_layout_section() with CONFIG_MODULE_UNLOAD, which every
   distribution sets; powerpc's module_init_section() says no section is
   an init section.  */
static bool
is_module_init_section (const struct object_file *f, const char *name)
{
  if (f->view.ehdr.e_machine == EM_PPC64)
    return false;
  return klp_has_prefix (name, ".init");
}

/* Pass 3: the contents of .modinfo (section INDEX, 0 if none), in a
   malloc'd buffer *MODINFO, with its size in *SIZE; NULL if there is
   none.  */
static int
read_modinfo (struct object_file *f, size_t index, char **modinfo,
	      size_t *size)
{
  void *data;
  int r;

  *modinfo = NULL;
  *size = 0;
  if (!index || f->secs[index].type == SHT_NOBITS)
    return 0;
  r = klp_elf_view_read_section (&f->view, index, &data, size);
  if (r > 0)
    klp_error (f->path, "%s", f->view.problem);
  if (r != 0)
    return -1;
  *modinfo = data;
  if (!klp_modinfo_is_terminated (*modinfo, *size))
    {
      klp_error (f->path, "corrupt .modinfo: unterminated string");
      return -1;
    }
  return 0;
}

/* Check that NAME can be the object name of a map: a module name as
   kbuild makes them (KBUILD_MODNAME) that a klp symbol can carry.  */
static int
check_object_name (const char *path, const char *name)
{
  enum klp_name_problem problem = klp_find_modname_problem (name);
  char message[256];

  if (problem == KLP_NAME_OK)
    return 0;
  klp_error (path, "%s", klp_format_name_problem (message, sizeof message,
						  problem, "module name",
						  true, name));
  return -1;
}

/* elf_type() of kernel/module/kallsyms.c (x86's ARCH_SHF_SMALL, 0, so
   no 'g' or 's'), in lower case.  PCPU is the per-CPU section's index.  */
static char
module_letter (const struct object_file *f, const GElf_Sym *sym, size_t pcpu)
{
  const struct section_info *sec;

  if (GELF_ST_BIND (sym->st_info) == STB_WEAK)
    return GELF_ST_TYPE (sym->st_info) == STT_OBJECT ? 'v' : 'w';
  if (sym->st_shndx == SHN_UNDEF)
    return 'U';
  if (sym->st_shndx == SHN_ABS || (pcpu && sym->st_shndx == pcpu))
    return 'a';
  if (sym->st_shndx >= SHN_LORESERVE || sym->st_shndx >= f->shnum)
    return '?';
  sec = &f->secs[sym->st_shndx];
  if (sec->flags & SHF_EXECINSTR)
    return 't';
  if ((sec->flags & SHF_ALLOC) && sec->type != SHT_NOBITS)
    return (sec->flags & SHF_WRITE) ? 'd' : 'r';
  if (sec->type == SHT_NOBITS)
    return 'b';
  if (klp_has_prefix (sec->name, ".debug"))
    return 'n';
  return '?';
}

/* Pass 2, for a module: find the sections setup_load_info() finds (the
   per-CPU section's index in *PCPU, .modinfo's in *INFO), apply the
   loader's changes to the flags, and tell init sections.  */
static void
classify_module_sections (struct object_file *f, size_t *pcpu, size_t *info)
{
  size_t vers = find_loader_section (f, "__versions");

  *info = find_loader_section (f, ".modinfo");
  *pcpu = find_loader_section (f, ".data..percpu");
  /* rewrite_section_headers() and layout_and_allocate().  */
  if (vers)
    f->secs[vers].flags &= ~(GElf_Xword) SHF_ALLOC;
  if (*info)
    f->secs[*info].flags &= ~(GElf_Xword) SHF_ALLOC;
  if (*pcpu)
    f->secs[*pcpu].flags &= ~(GElf_Xword) SHF_ALLOC;
  for (size_t i = 1; i < f->shnum; i++)
    f->secs[i].is_init = ((f->secs[i].flags & SHF_ALLOC)
			  && is_module_init_section (f, f->secs[i].name));
}

/* is_core_symbol() of kernel/module/kallsyms.c, with
   CONFIG_KALLSYMS_ALL.  */
static bool
is_core_symbol (const struct object_file *f, const GElf_Sym *sym, size_t pcpu)
{
  const struct section_info *sec;

  if (sym->st_shndx == SHN_UNDEF || sym->st_shndx >= f->shnum
      || sym->st_name == 0)
    return false;
  if (pcpu && sym->st_shndx == pcpu)
    return true;
  sec = &f->secs[sym->st_shndx];
  return (sec->flags & SHF_ALLOC) && !sec->is_init;
}

/* The export flag of a __ksymtab_NAME symbol, by its section: 'E' in
   __ksymtab, 'G' in __ksymtab_gpl (or in the sections of an object that
   is not linked yet, "___ksymtab+NAME" and "___ksymtab_gpl+NAME"); 0 if
   it is not in an export table.  */
static char
ksymtab_flag (const struct object_file *f, const GElf_Sym *sym)
{
  const char *sec;

  if (sym->st_shndx == SHN_UNDEF || sym->st_shndx >= f->shnum)
    return 0;
  sec = f->secs[sym->st_shndx].name;
  if (strcmp (sec, "__ksymtab") == 0 || klp_has_prefix (sec, "___ksymtab+"))
    return 'E';
  if (strcmp (sec, "__ksymtab_gpl") == 0
      || klp_has_prefix (sec, "___ksymtab_gpl+"))
    return 'G';
  return 0;
}

/* is_arm_mapping_symbol() of kernel/module/kallsyms.c: "$a", "$d",
   "$t", "$x" (maybe followed by ".SUFFIX") and ".L*" names, which
   assemblers make and no livepatch refers to.  */
static bool
is_mapping_symbol (const char *name)
{
  if (name[0] == '.' && name[1] == 'L')
    return true;
  return (name[0] == '$' && name[1] && strchr ("axtd", name[1])
	  && (name[2] == '\0' || name[2] == '.'));
}

/* Names of symbols that only the table of a loading module has.  */
struct loading_only
{
  const char **names;
  size_t n;
};

/* Pass 4, for a module.  */
static int
walk_module_symbols (struct object_file *f, struct klp_objsyms *obj,
		     enum klp_modsyms_table table, size_t pcpu,
		     struct export_list *exports, struct loading_only *lo)
{
  const char *file = NULL;
  size_t nsyms = f->symtab.nsyms;

  if (grow_symbols (obj, nsyms) < 0)
    return -1;
  lo->names = klp_xmalloc (f->path, (nsyms ? nsyms : 1) * sizeof *lo->names);
  if (!lo->names)
    return -1;
  for (size_t i = 1; i < nsyms; i++)
    {
      GElf_Sym sym = f->symtab.syms[i];
      const char *name = symbol_name (f, i), *exported;
      struct klp_objsym *s;
      bool is_core, is_loading;
      char flag;

      if (!name)
	return -1;
      if (GELF_ST_TYPE (sym.st_info) == STT_FILE)
	file = file_symbol_name (name);
      if (sym.st_shndx != SHN_UNDEF && sym.st_shndx >= f->shnum
	  && sym.st_shndx < SHN_LORESERVE)
	{
	  klp_error (f->path, "symbol '%s' has a corrupt section index %u",
		     name, (unsigned) sym.st_shndx);
	  return -1;
	}
      if ((exported = klp_find_exported_name (name))
	  && (flag = ksymtab_flag (f, &sym))
	  && add_export (f->path, exports, exported,
			 GELF_ST_BIND (sym.st_info) == STB_LOCAL ? file : NULL,
			 flag) < 0)
	return -1;
      is_core = is_core_symbol (f, &sym, pcpu);
      is_loading = sym.st_shndx != SHN_UNDEF && name[0] != '\0';
      if (is_loading && !is_core && !is_mapping_symbol (name))
	lo->names[lo->n++] = name;
      if (!(table == KLP_MODSYMS_LOADED ? is_core : is_loading))
	continue;
      s = &obj->syms[obj->nsyms++];
      s->name = name;
      s->is_global = GELF_ST_BIND (sym.st_info) != STB_LOCAL;
      s->file = s->is_global ? NULL : file;
      s->type = module_letter (f, &sym, pcpu);
      s->export = '-';
    }
  return 0;
}

/* Warn about the names whose positions differ between the two tables:
   those that the loading table has more of, and the loaded one has at
   all.  (Not one in Debian's 6.1 kernel, whose modules' loading-only
   symbols are init functions and data, .modinfo strings, file names.)
   Mapping symbols, which every arm64 module has in both tables, are not
   names anyone patches.  */
static int
warn_unstable_positions (struct klp_objsyms *obj,
			 const struct loading_only *lo,
			 enum klp_modsyms_table table)
{
  struct name_set set;

  if (lo->n == 0)
    return 0;
  if (name_set_init (&set, obj->path, lo->n) < 0)
    return -1;
  for (size_t i = 0; i < lo->n; i++)
    name_set_add (&set, lo->names[i])->nextra++;
  for (size_t i = 0; i < obj->nsyms; i++)
    {
      struct name_entry *e = name_set_find (&set, obj->syms[i].name);
      if (e)
	e->n++;
    }
  for (size_t i = 0; i < set.n; i++)
    {
      const struct name_entry *e = &set.v[i];
      size_t nloaded = (table == KLP_MODSYMS_LOADED ? e->n
			: e->n - e->nextra);
      if (nloaded)
	klp_warn (obj->path, "'%s' has %zu symbols while the module loads "
		  "(late module patching) but %zu once it is loaded: their "
		  "positions differ", e->name, nloaded + e->nextra, nloaded);
    }
  name_set_free (&set);
  return 0;
}

struct klp_objsyms *
klp_objsyms_read_module (const char *path, enum klp_modsyms_table table)
{
  struct object_file f;
  struct klp_objsyms *obj = NULL;
  struct export_list exports = { 0 };
  struct loading_only lo = { 0 };
  char *modinfo = NULL;
  size_t pcpu, info, modinfo_size;

  if (open_object_file (&f, path, true) < 0)
    goto fail;
  classify_module_sections (&f, &pcpu, &info);
  obj = new_object (path, NULL);
  if (!obj)
    goto fail;
  if (read_modinfo (&f, info, &modinfo, &modinfo_size) < 0)
    goto fail;
  obj->is_livepatch = klp_modinfo_is_livepatch (modinfo, modinfo_size);
  obj->name = klp_module_name (path, modinfo, modinfo_size);
  if (!obj->name || check_object_name (path, obj->name) < 0)
    goto fail;
  if (walk_module_symbols (&f, obj, table, pcpu, &exports, &lo) < 0
      || (!obj->is_livepatch && warn_unstable_positions (obj, &lo, table) < 0)
      || mark_exports (obj, &exports) < 0)
    goto fail;
  set_module_letter_case (obj);
  keep_strings (obj, &f);
  close_object_file (&f);
  free (modinfo);
  free (exports.v);
  free (lo.names);
  return obj;

fail:
  close_object_file (&f);
  free (modinfo);
  free (exports.v);
  free (lo.names);
  klp_objsyms_free (obj);
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Symbol lists: vmlinux, and the modules of a kallsyms dump.         */
/* ------------------------------------------------------------------ */

/* Fill OBJ from the list SYMS[0..N).  */
static int
fill_from_list (struct klp_objsyms *obj, const struct klp_ksym *syms,
		size_t n)
{
  if (grow_symbols (obj, n) < 0)
    return -1;
  for (size_t i = 0; i < n; i++)
    {
      struct klp_objsym *s = &obj->syms[i];

      s->name = syms[i].name;
      s->file = syms[i].file;
      s->type = syms[i].type;
      s->export = '-';
      s->is_global = isupper ((unsigned char) syms[i].type);
    }
  obj->nsyms = n;
  return 0;
}

/* The address of the symbol NAME of SYMS[0..N) in *ADDR; whether there
   is one.  */
static bool
find_address (const struct klp_ksym *syms, size_t n, const char *name,
	      uint64_t *addr)
{
  for (size_t i = 0; i < n; i++)
    if (strcmp (syms[i].name, name) == 0)
      {
	*addr = syms[i].addr;
	return true;
      }
  return false;
}

/* The section bounds of an export table in a vmlinux list, if known
   (a dump read without permission has only zero addresses).  */
struct ksymtab_range
{
  uint64_t start, stop;
  bool is_known;
};

static void
find_ksymtab_range (const struct klp_ksym *syms, size_t n, const char *table,
		    struct ksymtab_range *r)
{
  char start[64], stop[64];

  snprintf (start, sizeof start, "__start___%s", table);
  snprintf (stop, sizeof stop, "__stop___%s", table);
  r->is_known = (find_address (syms, n, start, &r->start)
		 && find_address (syms, n, stop, &r->stop)
		 && r->start < r->stop);
}

static bool
is_in_ksymtab_range (const struct ksymtab_range *r, uint64_t addr)
{
  return r->is_known && addr >= r->start && addr < r->stop;
}

/* vmlinux's exports: its __ksymtab_NAME symbols, 'E' or 'G' by the
   table their address is in.  When neither table's bounds are known,
   every __ksymtab_ symbol counts as an EXPORT_SYMBOL.  */
static int
collect_vmlinux_exports (const char *path, const struct klp_ksym *syms,
			 size_t n, struct export_list *l)
{
  struct ksymtab_range e, g;

  find_ksymtab_range (syms, n, "ksymtab", &e);
  find_ksymtab_range (syms, n, "ksymtab_gpl", &g);
  for (size_t i = 0; i < n; i++)
    {
      const struct klp_ksym *s = &syms[i];
      const char *exported = klp_find_exported_name (s->name);
      char flag;

      if (!exported)
	continue;
      if (is_in_ksymtab_range (&g, s->addr))
	flag = 'G';
      else if (is_in_ksymtab_range (&e, s->addr))
	flag = 'E';
      else if (!e.is_known && !g.is_known)
	flag = 'E';
      else
	continue;
      if (add_export (path, l, exported, s->file, flag) < 0)
	return -1;
    }
  return 0;
}

/* A module of a dump: __ksymtab_NAME says NAME is exported; the case of
   NAME's letter tells EXPORT_SYMBOL (upper) from EXPORT_SYMBOL_GPL
   (flag 0: decided in mark_export).  */
static int
collect_dump_module_exports (struct klp_objsyms *obj, struct export_list *l)
{
  for (size_t i = 0; i < obj->nsyms; i++)
    {
      const char *exported = klp_find_exported_name (obj->syms[i].name);

      if (exported && add_export (obj->path, l, exported, NULL, 0) < 0)
	return -1;
    }
  return 0;
}

/* Make the vmlinux object of the list SYMS[0..N) (a copy that this
   function may reorder): a System.map list is turned into the kernel's
   table first.  */
static struct klp_objsyms *
make_vmlinux (const char *path, struct klp_ksym *syms, size_t n,
	      bool is_system_map, enum klp_percpu_mode percpu)
{
  struct klp_objsyms *obj = new_object (path, "vmlinux");
  struct export_list exports = { 0 };

  if (!obj)
    return NULL;
  if (collect_vmlinux_exports (path, syms, n, &exports) < 0)
    goto fail;
  if (is_system_map && klp_kallsyms_select (path, syms, &n, percpu) < 0)
    goto fail;
  if (fill_from_list (obj, syms, n) < 0 || mark_exports (obj, &exports) < 0)
    goto fail;
  free (exports.v);
  return obj;

fail:
  free (exports.v);
  klp_objsyms_free (obj);
  return NULL;
}

/* The letter nm gives symbols of section SEC (lower case):
   decode_section_type() of bfd/syms.c, with the section flags that
   _bfd_elf_make_section_from_shdr() derives from the ELF header.  */
static char
nm_section_letter (const struct section_info *sec)
{
  static const struct
  {
    const char *name;
    char letter;
  } coff_types[] = {
    { ".drectve", 'i' }, { ".edata", 'e' }, { ".idata", 'i' },
    { ".pdata", 'p' }
  };
  bool has_contents = sec->type != SHT_NOBITS;
  bool is_alloc = sec->flags & SHF_ALLOC;
  bool is_load = is_alloc && has_contents;
  bool is_readonly = !(sec->flags & SHF_WRITE);
  bool is_code = sec->flags & SHF_EXECINSTR;
  bool is_data = !is_code && is_load;
  bool is_debugging = false;

  for (size_t i = 0; i < sizeof coff_types / sizeof coff_types[0]; i++)
    {
      size_t len = strlen (coff_types[i].name);
      if (strncmp (sec->name, coff_types[i].name, len) == 0
	  && memchr (".$0123456789", sec->name[len], 13))
	return coff_types[i].letter;
    }
  if (!is_alloc)
    is_debugging = (klp_has_prefix (sec->name, ".debug")
		    || klp_has_prefix (sec->name, ".gnu.debuglto_.debug_")
		    || klp_has_prefix (sec->name, ".gnu.linkonce.wi.")
		    || klp_has_prefix (sec->name, ".zdebug")
		    || klp_has_prefix (sec->name, ".line")
		    || klp_has_prefix (sec->name, ".stab")
		    || strcmp (sec->name, ".gdb_index") == 0);
  if (is_code)
    return 't';
  if (is_data)
    return is_readonly ? 'r' : 'd';
  if (!has_contents)
    return 'b';
  if (is_debugging)
    return 'N';
  if (is_readonly)
    return 'n';
  return '?';
}

/* bfd_decode_symclass() of bfd/syms.c for an ELF symbol whose real
   section index is SHNDX.  */
static char
nm_letter (const struct object_file *f, const GElf_Sym *sym, size_t shndx)
{
  unsigned int bind = GELF_ST_BIND (sym->st_info);
  unsigned int type = GELF_ST_TYPE (sym->st_info);
  char c;

  if (shndx == SHN_COMMON)
    return 'C';
  if (shndx == SHN_UNDEF)
    {
      if (bind == STB_WEAK)
	return type == STT_OBJECT ? 'v' : 'w';
      return 'U';
    }
  if (type == STT_GNU_IFUNC)
    return 'i';
  if (bind == STB_WEAK)
    return type == STT_OBJECT ? 'V' : 'W';
  if (bind == STB_GNU_UNIQUE)
    return 'u';
  if (bind != STB_GLOBAL && bind != STB_LOCAL)
    return '?';
  if (shndx >= f->shnum)
    c = 'a';			/* SHN_ABS, or another reserved index.  */
  else
    c = f->secs[shndx].letter;
  return bind == STB_GLOBAL ? toupper ((unsigned char) c) : c;
}

/* "nm -n": by address, ties by name (strcmp: the kernel build sets
   LC_COLLATE=C), then symbol table order (pointer order).  */
static int
compare_nm_order (const void *a, const void *b)
{
  const struct klp_ksym *sa = *(const struct klp_ksym *const *) a;
  const struct klp_ksym *sb = *(const struct klp_ksym *const *) b;
  int c;

  if (sa->addr != sb->addr)
    return sa->addr < sb->addr ? -1 : 1;
  c = strcmp (sa->name, sb->name);
  if (c)
    return c;
  return sa < sb ? -1 : sa > sb;
}

/* System.map of an ELF vmlinux: what "nm -n" prints, less what
   scripts/mksysmap removes, in *LIST (malloc'd) with its length.  */
static int
make_system_map (struct object_file *f, struct klp_ksym **list, size_t *count)
{
  struct klp_ksym *syms, *sorted = NULL;
  const struct klp_ksym **order = NULL;
  const char *file = NULL;
  size_t n = 0;

  size_t nsyms = f->symtab.nsyms;

  syms = klp_xmalloc (f->path, (nsyms ? nsyms : 1) * sizeof *syms);
  if (!syms)
    return -1;
  for (size_t i = 1; i < nsyms; i++)
    {
      GElf_Sym sym = f->symtab.syms[i];
      const char *name = symbol_name (f, i);
      size_t shndx = klp_elf_symtab_shndx (&f->symtab, i);
      unsigned int type;
      char letter;

      if (!name)
	goto fail;
      if (shndx != SHN_UNDEF && shndx >= f->shnum
	  && (shndx < SHN_LORESERVE || shndx == SHN_XINDEX))
	{
	  klp_error (f->path, "symbol '%s' has a corrupt section index %zu",
		     name, shndx);
	  goto fail;
	}
      type = GELF_ST_TYPE (sym.st_info);
      if (type == STT_FILE)
	{
	  file = file_symbol_name (name);
	  continue;
	}
      /* nm leaves out section and file symbols (BSF_DEBUGGING).  */
      if (type == STT_SECTION || name[0] == '\0')
	continue;
      letter = nm_letter (f, &sym, shndx);
      if (klp_is_mksysmap_excluded (name, letter))
	continue;
      syms[n].addr = sym.st_value;
      syms[n].name = name;
      syms[n].file = GELF_ST_BIND (sym.st_info) == STB_LOCAL ? file : NULL;
      syms[n].module = NULL;
      syms[n].type = letter;
      n++;
    }

  if (n > 1)
    {
      order = klp_xmalloc (f->path, n * sizeof *order);
      sorted = klp_xmalloc (f->path, n * sizeof *sorted);
      if (!order || !sorted)
	goto fail;
      for (size_t i = 0; i < n; i++)
	order[i] = &syms[i];
      qsort (order, n, sizeof *order, compare_nm_order);
      for (size_t i = 0; i < n; i++)
	sorted[i] = *order[i];
      free (syms);
      free (order);
      syms = sorted;
    }
  *list = syms;
  *count = n;
  return 0;

fail:
  free (order);
  free (sorted);
  free (syms);
  return -1;
}

struct klp_objsyms *
klp_objsyms_read_vmlinux (const char *path, enum klp_percpu_mode percpu)
{
  struct object_file f;
  struct klp_ksym *list = NULL;
  struct klp_objsyms *obj = NULL;
  size_t n;

  if (open_object_file (&f, path, false) < 0)
    goto out;
  for (size_t i = 1; i < f.shnum; i++)
    f.secs[i].letter = nm_section_letter (&f.secs[i]);
  if (make_system_map (&f, &list, &n) < 0)
    goto out;
  obj = make_vmlinux (path, list, n, true, percpu);
  if (obj)
    keep_strings (obj, &f);

out:
  free (list);
  close_object_file (&f);
  return obj;
}

/* Pseudo-modules of /proc/kallsyms (kernel/kallsyms.c): BPF programs,
   ftrace trampolines, kprobe instruction pages.  */
static bool
is_pseudo_module (const char *name)
{
  return (strcmp (name, "bpf") == 0
	  || strcmp (name, "__builtin__ftrace") == 0
	  || strcmp (name, "__builtin__kprobes") == 0);
}

/* Whether the table of a loaded module is a livepatch's (it keeps its
   .klp.sym.* symbols).  */
static bool
has_klp_symbols (const struct klp_ksym *syms, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (klp_has_prefix (syms[i].name, KLP_SYM_PREFIX))
      return true;
  return false;
}

/* Append OBJ to *OBJS.  */
static int
append_object (const char *path, struct klp_objsyms ***objs, size_t *n,
	       size_t *alloc, struct klp_objsyms *obj)
{
  if (klp_array_reserve (path, *objs, *alloc, *n + 1) < 0)
    return -1;
  (*objs)[(*n)++] = obj;
  return 0;
}

/* Whether the module NAME (an interned pointer) is among SEEN[0..N).  */
static bool
is_seen (const char *const *seen, size_t n, const char *name)
{
  for (size_t i = 0; i < n; i++)
    if (seen[i] == name)
      return true;
  return false;
}

/* The module of the block SYMS[0..N) of a dump.  */
static struct klp_objsyms *
make_dump_module (const char *path, const struct klp_ksym *syms, size_t n)
{
  struct klp_objsyms *obj = new_object (path, syms[0].module);
  struct export_list exports = { 0 };

  if (!obj)
    return NULL;
  if (check_object_name (path, obj->name) < 0
      || fill_from_list (obj, syms, n) < 0
      || collect_dump_module_exports (obj, &exports) < 0
      || mark_exports (obj, &exports) < 0)
    {
      free (exports.v);
      klp_objsyms_free (obj);
      return NULL;
    }
  free (exports.v);
  return obj;
}

int
klp_objsyms_from_kallsyms (const struct klp_kallsyms *ks, bool is_system_map,
			   enum klp_percpu_mode percpu,
			   struct klp_objsyms ***objsp, size_t *nobjsp)
{
  const char *path = klp_kallsyms_path (ks);
  const struct klp_ksym *all = klp_kallsyms_symbols (ks);
  size_t count = klp_kallsyms_count (ks);
  struct klp_objsyms **objs = NULL, *obj;
  size_t nobjs = 0, alloc = 0, nvmlinux = 0, nseen = 0;
  struct klp_ksym *vmlinux = NULL;
  const char **seen = NULL;

  if (is_system_map && klp_kallsyms_has_modules (ks))
    {
      klp_error (path, "a System.map has no module symbols: this is a "
		 "/proc/kallsyms dump (use --kallsyms)");
      return -1;
    }

  /* vmlinux: the lines without a module, in order.  */
  vmlinux = klp_xmalloc (path, (count ? count : 1) * sizeof *vmlinux);
  seen = klp_xmalloc (path, (count ? count : 1) * sizeof *seen);
  if (!vmlinux || !seen)
    goto fail;
  for (size_t i = 0; i < count; i++)
    if (!all[i].module)
      vmlinux[nvmlinux++] = all[i];
  if (nvmlinux)
    {
      obj = make_vmlinux (path, vmlinux, nvmlinux, is_system_map, percpu);
      if (!obj || append_object (path, &objs, &nobjs, &alloc, obj) < 0)
	{
	  klp_objsyms_free (obj);
	  goto fail;
	}
    }

  /* Modules: each block of lines of one module.  */
  for (size_t i = 0; i < count;)
    {
      const char *module = all[i].module;
      size_t end = i + 1;

      if (!module)
	{
	  i++;
	  continue;
	}
      while (end < count && all[end].module == module)
	end++;
      if (is_pseudo_module (module))
	klp_note (path, "leaving out the symbols of '[%s]', not a module",
		  module);
      else if (is_seen (seen, nseen, module))
	klp_note (path, "leaving out a second block of symbols of '%s' "
		  "(ftrace's records of its freed init functions)", module);
      else
	{
	  seen[nseen++] = module;
	  if (has_klp_symbols (all + i, end - i))
	    klp_note (path, "leaving out '%s', a livepatch module", module);
	  else
	    {
	      obj = make_dump_module (path, all + i, end - i);
	      if (!obj || append_object (path, &objs, &nobjs, &alloc, obj) < 0)
		{
		  klp_objsyms_free (obj);
		  goto fail;
		}
	    }
	}
      i = end;
    }
  free (vmlinux);
  free (seen);
  *objsp = objs;
  *nobjsp = nobjs;
  return 0;

fail:
  for (size_t i = 0; i < nobjs; i++)
    klp_objsyms_free (objs[i]);
  free (objs);
  free (vmlinux);
  free (seen);
  return -1;
}
