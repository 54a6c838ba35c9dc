/* The kernel's rules for livepatch modules, one implementation of each.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   See rules.h.  The kernel code quoted is Linux 6.1's:
   kernel/livepatch/core.c, kernel/module/main.c,
   arch/x86/kernel/module.c.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <klp/abi.h>
#include "annotations.h"
#include "diag.h"
#include "modinfo.h"
#include "rules.h"
#include "strbuf.h"
#include "strutil.h"

/* --------------------------------------------------------------------
   Names.
   -------------------------------------------------------------------- */

/* Split ".klp.sym.<obj>.<name>,REST" into OBJ and NAME (the kernel's
   field widths), and return REST, or NULL.  */
static const char *
split_sym_name (const char *symname, char *obj, char *name)
{
  const char *s, *dot, *n, *comma;

  if (!klp_has_prefix (symname, KLP_SYM_PREFIX))
    return NULL;
  s = symname + strlen (KLP_SYM_PREFIX);
  dot = strchr (s, '.');
  if (!dot || dot == s || dot - s > KLP_OBJNAME_MAX)
    return NULL;
  n = dot + 1;
  comma = strchr (n, ',');
  if (!comma || comma == n || comma - n > KLP_SYMNAME_MAX)
    return NULL;
  memcpy (obj, s, dot - s);
  obj[dot - s] = '\0';
  memcpy (name, n, comma - n);
  name[comma - n] = '\0';
  return comma + 1;
}

bool
klp_parse_sym_name (const char *symname, char *obj, char *name,
		    unsigned long *pos)
{
  char o[KLP_OBJNAME_MAX + 1], n[KLP_SYMNAME_MAX + 1];
  const char *p = split_sym_name (symname, o, n);
  char *end;
  unsigned long v;

  if (!p || *p < '0' || *p > '9')
    return false;
  errno = 0;
  v = strtoul (p, &end, 10);
  if (*end != '\0' || errno != 0)
    return false;
  strcpy (obj, o);
  strcpy (name, n);
  *pos = v;
  return true;
}

bool
klp_parse_symfile_name (const char *symname, char *obj, char *name,
			const char **file)
{
  char o[KLP_OBJNAME_MAX + 1], n[KLP_SYMNAME_MAX + 1];
  const char *p = split_sym_name (symname, o, n);

  /* split_sym_name consumed the ',' of KLP_SYMFILE_MARK.  */
  if (!p || p[0] != KLP_SYMFILE_MARK[1] || p[1] == '\0')
    return false;
  strcpy (obj, o);
  strcpy (name, n);
  *file = p + 1;
  return true;
}

char *
klp_make_sym_name (const char *file, const char *obj, const char *name,
		   unsigned long pos)
{
  return klp_xasprintf (file, "%s%s.%s,%lu", KLP_SYM_PREFIX, obj, name, pos);
}

char *
klp_make_symfile_name (const char *file, const char *obj, const char *name,
		       const char *srcfile)
{
  return klp_xasprintf (file, "%s%s.%s%s%s", KLP_SYM_PREFIX, obj, name,
			KLP_SYMFILE_MARK, srcfile);
}

bool
klp_parse_rela_name (const char *secname, char obj[KLP_OBJNAME_MAX + 1])
{
  const char *s, *dot;

  if (!klp_has_prefix (secname, KLP_RELA_PREFIX))
    return false;
  s = secname + strlen (KLP_RELA_PREFIX);
  dot = strchr (s, '.');
  if (!dot || dot == s || dot - s > KLP_OBJNAME_MAX)
    return false;
  memcpy (obj, s, dot - s);
  obj[dot - s] = '\0';
  return true;
}

/* NAME as a field the kernel reads with "%MAX[^END]".  */
static enum klp_name_problem
find_field_problem (const char *name, size_t max, char end)
{
  size_t len = strlen (name);

  if (len == 0)
    return KLP_NAME_EMPTY;
  if (len > max)
    return KLP_NAME_TOO_LONG;
  if (strchr (name, end))
    return KLP_NAME_BAD_CHAR;
  return KLP_NAME_OK;
}

enum klp_name_problem
klp_find_objname_problem (const char *obj)
{
  return find_field_problem (obj, KLP_OBJNAME_MAX, '.');
}

enum klp_name_problem
klp_find_symname_problem (const char *name)
{
  return find_field_problem (name, KLP_SYMNAME_MAX, ',');
}

enum klp_name_problem
klp_find_modname_problem (const char *name)
{
  enum klp_name_problem p = klp_find_objname_problem (name);

  if (p != KLP_NAME_OK)
    return p;
  for (const char *s = name; *s; s++)
    if (*s == '-')
      return KLP_NAME_DASH;
    else if (klp_is_space (*s))
      return KLP_NAME_SPACE;
  return KLP_NAME_OK;
}

const char *
klp_format_name_problem (char *buf, size_t size,
			 enum klp_name_problem problem, const char *what,
			 bool is_object, const char *name)
{
  const char *cut = strlen (name) > 64 ? "..." : "";

  switch (problem)
    {
    case KLP_NAME_EMPTY:
      snprintf (buf, size, "empty %s", what);
      break;
    case KLP_NAME_TOO_LONG:
      snprintf (buf, size, "%s '%.64s%s' is longer than %d characters",
		what, name, cut,
		is_object ? KLP_OBJNAME_MAX : KLP_SYMNAME_MAX);
      break;
    case KLP_NAME_BAD_CHAR:
      snprintf (buf, size, "%s '%.64s%s' contains '%c'", what, name, cut,
		is_object ? '.' : ',');
      break;
    case KLP_NAME_DASH:
      snprintf (buf, size, "%s '%.64s%s' contains '-': the kernel knows "
		"modules by KBUILD_MODNAME, where '-' becomes '_'", what, name,
		cut);
      break;
    case KLP_NAME_SPACE:
      snprintf (buf, size, "%s '%.64s%s' contains white space", what, name,
		cut);
      break;
    default:
      snprintf (buf, size, "%s '%.64s%s' is valid", what, name, cut);
      break;
    }
  return buf;
}

bool
klp_is_klp_rela_section (const struct klp_section *sec)
{
  return klp_has_prefix (sec->name, KLP_RELA_PREFIX)
	 || (sec->sh.sh_flags & KLP_SHF_RELA_LIVEPATCH);
}

/* The contents of ELF's .modinfo section, in *SIZE; NULL if there is
   none.  */
static const char *
find_modinfo (struct klp_elf *elf, size_t *size)
{
  struct klp_section *sec = klp_find_section_by_name (elf, ".modinfo");

  *size = 0;
  if (!sec || sec->removed)
    return NULL;
  return (const char *) klp_section_bytes (sec, size);
}

char *
klp_find_module_name (struct klp_elf *elf)
{
  size_t size;
  const char *modinfo = find_modinfo (elf, &size);

  return klp_module_name (elf->path, modinfo, size);
}

/* --------------------------------------------------------------------
   The module loader.
   -------------------------------------------------------------------- */

int
klp_check_machine (struct klp_elf *elf)
{
  GElf_Word type;

  if (klp_abs64_reloc_type (elf->ehdr.e_machine, &type))
    return 0;
  klp_error (elf->path, "machine %u is not one the kernel livepatches "
	     "(x86_64, ppc64, s390x, aarch64)",
	     (unsigned) elf->ehdr.e_machine);
  return -1;
}

int
klp_check_livepatch_modinfo (struct klp_elf *elf, const char *hint)
{
  size_t size;
  const char *modinfo = find_modinfo (elf, &size);
  char *mod;

  if (klp_modinfo_is_livepatch (modinfo, size))
    return 0;
  mod = klp_find_module_name (elf);
  if (!modinfo)
    klp_error (elf->path, "has no '.modinfo' section with 'livepatch=Y': "
	       "not a livepatch module (\"livepatch: module %s is not marked "
	       "as a livepatch module\"; add MODULE_INFO(livepatch, \"Y\")%s)",
	       mod ? mod : "?", hint ? hint : "");
  else
    klp_error (elf->path, "section '.modinfo' has no 'livepatch=Y': the "
	       "kernel keeps the symbol table that klp relocations need only "
	       "for livepatch modules (\"livepatch: module %s is not marked "
	       "as a livepatch module\"; add MODULE_INFO(livepatch, \"Y\")%s)",
	       mod ? mod : "?", hint ? hint : "");
  free (mod);
  return -1;
}

bool
klp_is_loader_ignored_name (GElf_Half machine, const char *name)
{
  if (strcmp (name, ".TOC.") == 0)
    return true;
  return machine == EM_X86_64 && strcmp (name, "_GLOBAL_OFFSET_TABLE_") == 0;
}

bool
klp_is_linker_provided_name (GElf_Half machine, const char *name)
{
  static const char *const prefixes[] = {
    "_savegpr0_", "_restgpr0_", "_savegpr1_", "_restgpr1_",
    "_savefpr_", "_restfpr_", "_savevr_", "_restvr_",
  };

  if (machine != EM_PPC64)
    return false;
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    {
      size_t n = strlen (prefixes[i]);
      const char *p = name + n;

      if (strncmp (name, prefixes[i], n) != 0)
	continue;
      /* A register number, 14 to 31.  */
      if (p[0] >= '1' && p[0] <= '3' && p[1] >= '0' && p[1] <= '9'
	  && p[2] == '\0')
	{
	  int reg = (p[0] - '0') * 10 + (p[1] - '0');
	  return reg >= 14 && reg <= 31;
	}
      return false;
    }
  return false;
}

bool
klp_is_known_export (const struct klp_symvers *symvers,
		     const struct klp_symmap *map, const char *name)
{
  return (symvers && klp_symvers_lookup (symvers, name))
	 || (map && klp_symmap_is_exported (map, name));
}

/* --------------------------------------------------------------------
   Where klp relocations can go.
   -------------------------------------------------------------------- */

/* Sections a klp relocation for a module cannot patch: the kernel uses
   them when the livepatch module loads (module_finalize, the static
   branch and static call notifiers) or frees them then (init sections),
   while it applies klp relocations for a module when that module loads,
   maybe later.  Those for vmlinux are applied while the livepatch module
   loads, before any of this (kernel/livepatch/core.c, "Apply
   vmlinux-specific KLP relocations early"), so they are allowed
   everywhere.  */
struct section_rule
{
  const char *name;
  bool is_prefix;
  const char *why;
};

static const struct section_rule section_rules[] = {
  { ".altinstructions", false,
    "the kernel applies the alternatives of the livepatch module when it "
    "loads, before klp relocations to other modules are applied" },
  { ".altinstr_replacement", false,
    "the kernel copies the alternatives of the livepatch module into place "
    "when it loads, before klp relocations to other modules are applied" },
  { ".parainstructions", false,
    "the kernel applies the paravirt patches of the livepatch module when "
    "it loads, before klp relocations to other modules are applied" },
  { "__jump_table", false,
    "the kernel registers the static branches of the livepatch module when "
    "it loads, before klp relocations to other modules are applied; only "
    "static keys of vmlinux are allowed" },
  { ".static_call_sites", false,
    "the kernel registers the static calls of the livepatch module when it "
    "loads, before klp relocations to other modules are applied; only "
    "static call keys of vmlinux are allowed" },
  { ".init", true,
    "init sections are freed once the livepatch module is loaded, and klp "
    "relocations to another module are applied when that module loads, "
    "maybe later" },
};

const char *
klp_find_section_rule (const char *secname, const char *obj)
{
  if (is_vmlinux_object (obj))
    return NULL;
  for (size_t i = 0; i < sizeof section_rules / sizeof section_rules[0]; i++)
    {
      const struct section_rule *r = &section_rules[i];
      if (r->is_prefix ? klp_has_prefix (secname, r->name)
		       : strcmp (secname, r->name) == 0)
	return r->why;
    }
  return NULL;
}

int
klp_check_klp_rela_header (struct klp_elf *elf, struct klp_section *sec,
			   char obj[KLP_OBJNAME_MAX + 1])
{
  const char *file = elf->path;
  int ret = 0;

  if (!klp_parse_rela_name (sec->name, obj))
    {
      klp_error (file, "klp relocation section '%s': the kernel cannot "
		 "parse its name: expected '.klp.rela.<object>.<section>' "
		 "with an object of at most %d characters without '.' "
		 "(\"livepatch: section %s has an incorrectly formatted "
		 "name\")", sec->name, KLP_OBJNAME_MAX, sec->name);
      return -2;
    }
  if (sec->sh.sh_type != SHT_RELA)
    {
      klp_error (file, "klp relocation section '%s' is not SHT_RELA",
		 sec->name);
      return -2;
    }
  if (!(sec->sh.sh_flags & KLP_SHF_RELA_LIVEPATCH))
    {
      klp_error (file, "klp relocation section '%s' lacks the flag "
		 "SHF_RELA_LIVEPATCH: the kernel would apply it as an "
		 "ordinary relocation section when the module loads",
		 sec->name);
      ret = -1;
    }
  if (!(sec->sh.sh_flags & SHF_ALLOC))
    {
      klp_error (file, "klp relocation section '%s' lacks the flag "
		 "SHF_ALLOC: the module loader would discard it", sec->name);
      ret = -1;
    }
  if (sec->link != elf->symtab)
    {
      klp_error (file, "klp relocation section '%s': its sh_link (%lu) is "
		 "not the symbol table '.symtab': the kernel reads its "
		 "relocations against the symbol table anyway, other tools "
		 "against the wrong section", sec->name,
		 (unsigned long) sec->sh.sh_link);
      ret = -1;
    }
  if (!is_alloc_section (sec->info))
    {
      klp_error (file, "klp relocation section '%s' patches '%s', which "
		 "is not an allocated section: the kernel would never apply "
		 "it (the module loader skips relocation sections whose "
		 "sh_info is not SHF_ALLOC)", sec->name,
		 sec->info ? sec->info->name : "?");
      ret = -1;
    }
  return ret;
}

void
klp_report_not_livepatch_symbol (struct klp_elf *elf,
				 const struct klp_section *sec,
				 const GElf_Rela *rela,
				 const struct klp_symbol *sym)
{
  klp_error (elf->path, "klp relocation section '%s': the relocation at "
	     "offset 0x%lx uses %s%s%s, which is not a livepatch symbol "
	     "(\"livepatch: symbol %s is not marked as a livepatch symbol\")",
	     sec->name, (unsigned long) rela->r_offset,
	     sym ? "'" : "no symbol", sym ? sym->name : "", sym ? "'" : "",
	     sym ? sym->name : "");
}

void
klp_report_vmlinux_in_module_section (struct klp_elf *elf,
				      const struct klp_section *sec,
				      const char *symname, size_t count)
{
  char obj[KLP_OBJNAME_MAX + 1], name[KLP_SYMNAME_MAX + 1];
  unsigned long pos;

  if (!klp_parse_sym_name (symname, obj, name, &pos))
    snprintf (name, sizeof name, "%s", symname);
  klp_error (elf->path, "module-specific klp relocation section '%s' uses "
	     "vmlinux symbol '%s' (%zu relocation%s against vmlinux "
	     "symbols): the kernel refuses it (\"livepatch: invalid access to "
	     "vmlinux symbol '%s' from module-specific livepatch relocation "
	     "section\"); vmlinux symbols belong in '.klp.rela.vmlinux.*' "
	     "sections", sec->name, symname, count, count == 1 ? "" : "s",
	     name);
}

/* --------------------------------------------------------------------
   Applying a relocation.
   -------------------------------------------------------------------- */

/* Bytes an x86_64 relocation of TYPE writes, as the kernel's
   apply_relocate_add knows it; -1 for a type it refuses.  */
static int
x86_64_reloc_width (GElf_Word type)
{
  switch (type)
    {
    case R_X86_64_NONE:
      return 0;
    case R_X86_64_64:
    case R_X86_64_PC64:
      return 8;
    case R_X86_64_32:
    case R_X86_64_32S:
    case R_X86_64_PC32:
    case R_X86_64_PLT32:
      return 4;
    default:
      return -1;
    }
}

/* The name of an x86_64 relocation type the kernel does not apply,
   for messages.  */
static const char *
x86_64_reloc_name (GElf_Word type)
{
  switch (type)
    {
    case R_X86_64_GOT32:
      return "R_X86_64_GOT32";
    case R_X86_64_GOTPCREL:
      return "R_X86_64_GOTPCREL";
    case R_X86_64_16:
      return "R_X86_64_16";
    case R_X86_64_PC16:
      return "R_X86_64_PC16";
    case R_X86_64_8:
      return "R_X86_64_8";
    case R_X86_64_PC8:
      return "R_X86_64_PC8";
    case R_X86_64_TPOFF32:
      return "R_X86_64_TPOFF32";
    case R_X86_64_GOTOFF64:
      return "R_X86_64_GOTOFF64";
    case R_X86_64_GOTPC32:
      return "R_X86_64_GOTPC32";
    case R_X86_64_GOTPCRELX:
      return "R_X86_64_GOTPCRELX";
    case R_X86_64_REX_GOTPCRELX:
      return "R_X86_64_REX_GOTPCRELX";
    default:
      return "unknown";
    }
}

/* s390x: the direct type of a GOT or PLT relocation type, 0 for a type
   that is direct already, -1 for one that has none.  */
static int
s390_direct_type (GElf_Word type)
{
  switch (type)
    {
    case R_390_PLT16DBL:
      return R_390_PC16DBL;
    case R_390_PLT32DBL:
      return R_390_PC32DBL;
    case R_390_PLT32:
      return R_390_PC32;
    case R_390_PLT64:
      return R_390_PC64;
    case R_390_GOTENT:
      return R_390_PC32DBL;	/* Of lgrl, made larl.  */
    case R_390_GOT12:
    case R_390_GOT16:
    case R_390_GOT20:
    case R_390_GOT32:
    case R_390_GOT64:
    case R_390_GOTPLT12:
    case R_390_GOTPLT16:
    case R_390_GOTPLT20:
    case R_390_GOTPLT32:
    case R_390_GOTPLT64:
    case R_390_GOTPLTENT:
    case R_390_PLTOFF16:
    case R_390_PLTOFF32:
    case R_390_PLTOFF64:
      return -1;
    default:
      return 0;
    }
}

static const char *
s390_reloc_name (GElf_Word type)
{
  switch (type)
    {
    case R_390_PLT16DBL:
      return "R_390_PLT16DBL";
    case R_390_PLT32DBL:
      return "R_390_PLT32DBL";
    case R_390_PLT32:
      return "R_390_PLT32";
    case R_390_PLT64:
      return "R_390_PLT64";
    case R_390_GOTENT:
      return "R_390_GOTENT";
    case R_390_GOT12:
      return "R_390_GOT12";
    case R_390_GOT16:
      return "R_390_GOT16";
    case R_390_GOT20:
      return "R_390_GOT20";
    case R_390_GOT32:
      return "R_390_GOT32";
    case R_390_GOT64:
      return "R_390_GOT64";
    case R_390_GOTPLT12:
      return "R_390_GOTPLT12";
    case R_390_GOTPLT16:
      return "R_390_GOTPLT16";
    case R_390_GOTPLT20:
      return "R_390_GOTPLT20";
    case R_390_GOTPLT32:
      return "R_390_GOTPLT32";
    case R_390_GOTPLT64:
      return "R_390_GOTPLT64";
    case R_390_GOTPLTENT:
      return "R_390_GOTPLTENT";
    case R_390_PLTOFF16:
      return "R_390_PLTOFF16";
    case R_390_PLTOFF32:
      return "R_390_PLTOFF32";
    case R_390_PLTOFF64:
      return "R_390_PLTOFF64";
    default:
      return "unknown";
    }
}

int
klp_s390_direct_reloc (struct klp_elf *elf, struct klp_section *target,
		       GElf_Rela *rela, const char *symname)
{
  GElf_Word type = GELF_R_TYPE (rela->r_info);
  unsigned long off = rela->r_offset;
  int direct;
  unsigned char *bytes;
  size_t size;

  if (elf->ehdr.e_machine != EM_S390)
    return 0;
  direct = s390_direct_type (type);
  if (direct == 0)
    return 0;
  if (direct < 0)
    {
      klp_error (elf->path, "relocation at '%s'+0x%lx against '%s' has type "
		 "%s, which the s390x module loader resolves through a GOT "
		 "or PLT entry that it fills only once, and which has no "
		 "direct equivalent: once the module that defines '%s' is "
		 "loaded again, the livepatch would use the address of its "
		 "first load", target->name, off, symname,
		 s390_reloc_name (type), symname);
      return -1;
    }
  if (type == R_390_GOTENT)
    {
      /* lgrl %rN,SYM@GOTENT is C4 N8 <I2>, the relocation at I2 (+2)
	 with addend 2; larl %rN,SYM is C0 N0 <I2>, and PC32DBL with the
	 same addend gives the same displacement to SYM itself.  */
      bytes = klp_section_bytes_for_edit (target, &size);
      if (!bytes || off < 2 || off > size || size - off < 4
	  || bytes[off - 2] != 0xc4 || (bytes[off - 1] & 0x0f) != 0x08
	  || rela->r_addend != 2)
	{
	  if (bytes || size)
	    klp_error (elf->path, "relocation at '%s'+0x%lx against '%s' has "
		       "type R_390_GOTENT but is not the address operand of "
		       "an lgrl instruction: it cannot be made direct, and "
		       "the s390x module loader fills a GOT entry only once "
		       "(the livepatch would use the address of the module's "
		       "first load after it is loaded again)", target->name,
		       off, symname);
	  return -1;
	}
      bytes[off - 2] = 0xc0;
      bytes[off - 1] &= 0xf0;
    }
  rela->r_info = GELF_R_INFO (GELF_R_SYM (rela->r_info), (GElf_Word) direct);
  return 1;
}

int
klp_check_s390_module_reloc (struct klp_elf *elf,
			     const struct klp_section *target,
			     const GElf_Rela *rela, const char *symname,
			     const char *obj)
{
  GElf_Word type = GELF_R_TYPE (rela->r_info);

  if (elf->ehdr.e_machine != EM_S390 || s390_direct_type (type) == 0)
    return 0;
  klp_error (elf->path, "klp relocation at '%s'+0x%lx against '%s' has type "
	     "%s: the s390x module loader fills the GOT or PLT entry of a "
	     "symbol only once, so when '%s' is loaded again, the livepatch "
	     "keeps using the address of its first load (a relocation "
	     "against a module's symbol must be direct: R_390_PC32DBL, "
	     "R_390_64, ...)", target->name, (unsigned long) rela->r_offset,
	     symname, s390_reloc_name (type), obj);
  return -1;
}

/* ppc64 (arch/powerpc/kernel/module_64.c, restore_r2): a call (bl) to
   a symbol of another object goes through a stub that changes r2, and
   the instruction after it must be a nop, which the loader makes the TOC
   restore ("ld r2,24(r1)"); anything else, and the kernel refuses the
   module.  */
static int
ppc64_check_call (struct klp_elf *elf, struct klp_section *target,
		  const GElf_Rela *rela, const char *symname)
{
  unsigned long off = rela->r_offset;
  const unsigned char *bytes;
  size_t size;
  uint32_t insn, next;
  char *mod;

  if (GELF_R_TYPE (rela->r_info) != R_PPC64_REL24)
    return 0;
  bytes = klp_section_bytes (target, &size);
  if (!bytes || off % 4 != 0 || size < 4 || off > size - 4)
    return 0;
  insn = klp_elf_read_u32 (elf, bytes + off);
  /* bl: primary opcode 18, AA 0, LK 1.  A sibling call (b) returns
     elsewhere and needs no restore.  */
  if ((insn >> 26) != 18 || (insn & 3) != 1)
    return 0;
  next = off + 8 <= size ? klp_elf_read_u32 (elf, bytes + off + 4) : 0;
  if (next == 0x60000000)
    return 0;
  mod = klp_find_module_name (elf);
  if (off + 8 > size)
    klp_error (elf->path, "call at '%s'+0x%lx to '%s' is the section's last "
	       "instruction: the kernel's powerpc loader wants a nop after "
	       "it, to restore the TOC pointer there", target->name, off,
	       symname);
  else
    klp_error (elf->path, "call at '%s'+0x%lx to '%s' is not followed by a "
	       "nop, which the kernel's powerpc loader turns into the TOC "
	       "restore: it refuses the module (\"%s: Expected nop after "
	       "call, got %08x\")", target->name, off, symname,
	       mod ? mod : "?", (unsigned) next);
  free (mod);
  return -1;
}

int
klp_check_reloc_target (struct klp_elf *elf, struct klp_section *target,
			const GElf_Rela *rela, const char *symname)
{
  GElf_Word type = GELF_R_TYPE (rela->r_info);
  unsigned long off = rela->r_offset;
  const unsigned char *bytes;
  size_t size;
  int width;

  if (elf->ehdr.e_machine == EM_PPC64)
    return ppc64_check_call (elf, target, rela, symname);
  if (elf->ehdr.e_machine != EM_X86_64)
    return 0;
  width = x86_64_reloc_width (type);
  if (width < 0)
    {
      char *mod = klp_find_module_name (elf);
      klp_error (elf->path, "relocation at '%s'+0x%lx against '%s' has type "
		 "%s (%u), which the kernel's x86_64 module loader cannot "
		 "apply (\"module: %s: Unknown rela relocation: %u\"; was the "
		 "module built with -mcmodel=kernel and without -fpic?)",
		 target->name, off, symname, x86_64_reloc_name (type),
		 (unsigned) type, mod ? mod : "?", (unsigned) type);
      free (mod);
      return -1;
    }
  bytes = klp_section_bytes (target, &size);
  if (width == 0 || !bytes)
    return 0;
  if (size < (size_t) width || off > size - width)
    {
      klp_error (elf->path, "relocation at '%s'+0x%lx against '%s' lies "
		 "outside the section's %zu bytes", target->name, off, symname,
		 size);
      return -1;
    }
  for (int i = 0; i < width; i++)
    if (bytes[off + i] != 0)
      {
	klp_error (elf->path, "relocation at '%s'+0x%lx against '%s': the %d "
		   "bytes at its target are not zero, and the kernel's x86_64 "
		   "loader refuses such klp relocations (\"module: "
		   "x86/modules: Skipping invalid relocation target, existing "
		   "value is nonzero for type %u\")", target->name, off,
		   symname, width, (unsigned) type);
	return -1;
      }
  return 0;
}

/* --------------------------------------------------------------------
   Resolving a klp symbol.
   -------------------------------------------------------------------- */

enum klp_sympos_verdict
klp_judge_sympos (unsigned long count, unsigned long pos)
{
  if (count == 0)
    return KLP_SYMPOS_NOT_FOUND;
  if (pos == 0 && count > 1)
    return KLP_SYMPOS_AMBIGUOUS;
  if (pos > count)
    return KLP_SYMPOS_BEYOND;
  return KLP_SYMPOS_OK;
}

unsigned long
klp_sympos_of (unsigned long count, unsigned long nth)
{
  return count == 1 ? 0 : nth;
}

const char *
klp_format_sympos_failure (char *buf, size_t size,
			   enum klp_sympos_verdict verdict, const char *obj,
			   const char *name, unsigned long pos)
{
  char qname[KLP_QUOTE_SIZE], qobj[KLP_QUOTE_SIZE];

  klp_quote (qname, sizeof qname, name, KLP_DIAG_MAX_STRING);
  klp_quote (qobj, sizeof qobj,
	     verdict == KLP_SYMPOS_AMBIGUOUS && is_vmlinux_object (obj)
	     ? "(null)" : obj, KLP_DIAG_MAX_STRING);
  switch (verdict)
    {
    case KLP_SYMPOS_NOT_FOUND:
      snprintf (buf, size, "livepatch: symbol '%s' not found in symbol "
		"table", qname);
      break;
    case KLP_SYMPOS_AMBIGUOUS:
      snprintf (buf, size, "livepatch: unresolvable ambiguity for symbol "
		"'%s' in object '%s'", qname, qobj);
      break;
    case KLP_SYMPOS_BEYOND:
      snprintf (buf, size, "livepatch: symbol position %lu for symbol '%s' "
		"in object '%s' not found", pos, qname, qobj);
      break;
    default:
      snprintf (buf, size, "?");
      break;
    }
  return buf;
}

/* --------------------------------------------------------------------
   The symbol map's candidates.
   -------------------------------------------------------------------- */

const struct klp_mapsym *
klp_find_mapsym_in_object (const struct klp_symmap *map, const char *name,
			   const char *obj)
{
  for (const struct klp_mapsym *m = klp_symmap_lookup (map, name); m;
       m = klp_mapsym_next (map, m))
    if (strcmp (klp_mapsym_object (map, m), obj) == 0)
      return m;
  return NULL;
}

/* Whether the path SHORT is LONG, or LONG's last components (LONG ends
   with '/' SHORT).  */
static bool
is_path_suffix (const char *shorter, size_t ls, const char *longer, size_t ll)
{
  if (ls == ll)
    return strcmp (shorter, longer) == 0;
  return ls < ll && longer[ll - ls - 1] == '/'
	 && strcmp (longer + ll - ls, shorter) == 0;
}

bool
klp_is_symfile_match (const char *mapfile, const char *given)
{
  size_t lm, lg;

  if (!mapfile)
    return false;
  lm = strlen (mapfile);
  lg = strlen (given);
  return lm >= lg ? is_path_suffix (given, lg, mapfile, lm)
		  : is_path_suffix (mapfile, lm, given, lg);
}

int
klp_add_candidate (const char *file, struct klp_strbuf *list, const char *obj,
		   unsigned long nth, unsigned long count, const char *src,
		   char type)
{
  char qobj[KLP_QUOTE_SIZE], qsrc[KLP_QUOTE_SIZE], qtype[8];

  /* Shown as messages show strings: the list goes through '%-s'.  */
  return klp_strbuf_printf (file, list, "\n  %s %lu: %s (%s)",
			    klp_quote (qobj, sizeof qobj, obj,
				       KLP_DIAG_MAX_STRING),
			    klp_sympos_of (count, nth),
			    klp_quote (qsrc, sizeof qsrc, src ? src : "?",
				       KLP_DIAG_MAX_STRING),
			    klp_quote (qtype, sizeof qtype,
				       (char[2]) { type, '\0' }, 1));
}

unsigned long
klp_mapsym_sympos (const struct klp_symmap *map, const struct klp_mapsym *sym)
{
  return klp_sympos_of (klp_mapsym_count (map, sym),
			klp_mapsym_pos (map, sym));
}

char *
klp_format_candidates (const char *file, const struct klp_symmap *map,
		       const struct klp_mapsym *first, const char *obj)
{
  struct klp_strbuf list = { 0 };

  for (const struct klp_mapsym *m = first; m; m = klp_mapsym_next (map, m))
    {
      const char *o = klp_mapsym_object (map, m);

      if (obj && strcmp (o, obj) != 0)
	continue;
      if (klp_add_candidate (file, &list, o, klp_mapsym_pos (map, m),
			     klp_mapsym_count (map, m),
			     klp_mapsym_file (map, m),
			     klp_mapsym_type (map, m)) < 0)
	{
	  klp_strbuf_free (&list);
	  return NULL;
	}
    }
  if (!klp_strbuf_str (file, &list))
    {
      klp_strbuf_free (&list);
      return NULL;
    }
  return list.data;
}
