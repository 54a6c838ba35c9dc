/* The kernel's rules for livepatch modules, one implementation of each.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   klp-convert (libklp/convert.c) must produce a module that follows these
   rules, klp-check (src/check.c) tells whether a module does, and the ld
   plugin's renaming (rename.c), the symbol-map readers (symmap.c,
   objsyms.c) and klp-symbols' writer (src/mapwrite.c) accept only the
   names they allow: all apply them through this file (and modinfo.h for
   .modinfo and the module's name), so that they never disagree.  Each
   rule names the code of Linux 6.1 that applies it, and the functions
   that report quote the message the kernel prints when it fails.

   Parsers and predicates report nothing.  Functions named klp_check_*
   report each problem they find about the ELF file (klp_error) and
   return 0, or -1 when something was reported.  */

#ifndef KLP_RULES_H
#define KLP_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include <klp/abi.h>
#include "diag.h"
#include "elfobj.h"
#include "strbuf.h"
#include "symmap.h"

/* --------------------------------------------------------------------
   Names (kernel/livepatch/core.c: klp_resolve_symbols,
   klp_apply_section_relocs).
   -------------------------------------------------------------------- */

/* Parse ".klp.sym.<obj>.<name>,<pos>" as the kernel does ("%55[^.]",
   "%511[^,]", "%lu"), but strictly: the position is decimal digits that
   end the name.  On success fill the caller's buffers (OBJ at least
   KLP_OBJNAME_MAX + 1 bytes, NAME at least KLP_SYMNAME_MAX + 1) and
   return true.  */
bool klp_parse_sym_name (const char *symname, char *obj, char *name,
			 unsigned long *pos);

/* Parse ".klp.sym.<obj>.<name>,@<file>", the name libklp's ld plugin
   gives a symbol annotated with KLP_SYMFILE: OBJ and NAME as above, *FILE
   pointing into SYMNAME (not empty).  The kernel cannot parse such a
   name: klp-convert must replace ",@<file>" with a position.  */
bool klp_parse_symfile_name (const char *symname, char *obj, char *name,
			     const char **file);

/* ".klp.sym.<OBJ>.<NAME>,<POS>", malloc'd; NULL (reported about FILE)
   when out of memory.  */
char *klp_make_sym_name (const char *file, const char *obj, const char *name,
			 unsigned long pos);

/* ".klp.sym.<OBJ>.<NAME>,@<SRCFILE>", malloc'd; NULL (reported about
   FILE) when out of memory.  */
char *klp_make_symfile_name (const char *file, const char *obj,
			     const char *name, const char *srcfile);

/* The object of a klp relocation section name ".klp.rela.<obj>.<sec>",
   read as the kernel does (".klp.rela.%55[^.]"), but requiring the dot
   that ends it.  */
bool klp_parse_rela_name (const char *secname,
			  char obj[KLP_OBJNAME_MAX + 1]);

/* What is wrong with a name.  */
enum klp_name_problem
{
  KLP_NAME_OK,
  KLP_NAME_EMPTY,
  KLP_NAME_TOO_LONG,		/* Over KLP_OBJNAME_MAX / KLP_SYMNAME_MAX.  */
  KLP_NAME_BAD_CHAR,		/* '.' in an object, ',' in a symbol: it
				   ends the kernel's "%55[^.]" or
				   "%511[^,]".  */
  KLP_NAME_DASH,		/* '-' in a module name.  */
  KLP_NAME_SPACE		/* White space.  */
};

/* OBJ as the object of a klp symbol or klp relocation section: the
   kernel reads it with "%55[^.]", so 1 to KLP_OBJNAME_MAX characters
   without '.'.  */
enum klp_name_problem klp_find_objname_problem (const char *obj);

/* NAME as the name of a klp symbol: the kernel reads it with "%511[^,]",
   so 1 to KLP_SYMNAME_MAX characters without ','.  */
enum klp_name_problem klp_find_symname_problem (const char *name);

/* NAME as the name of a module, KBUILD_MODNAME: an object name (above)
   that kbuild can give, with no '-' (name-fix turns it into '_') and no
   white space (make cannot build such a file).  Every object of a
   symbol map, and every module klp-symbols reads, has such a name.  */
enum klp_name_problem klp_find_modname_problem (const char *name);

/* "WHAT 'NAME' PROBLEM" for messages, in BUF of SIZE bytes: "empty
   symbol name", "object name 'a.b' contains '.'", "module name 'x-y'
   contains '-' ...", "symbol name 'aaa...' is longer than 511
   characters" (the name cut at 64 characters).  WHAT names the kind of
   name ("object name", "module name", "symbol name"); IS_OBJECT says
   which limit and character apply.  Returns BUF.  */
const char *klp_format_name_problem (char *buf, size_t size,
				     enum klp_name_problem problem,
				     const char *what, bool is_object,
				     const char *name);

/* The kernel's export marker: EXPORT_SYMBOL(NAME) defines a symbol
   "__ksymtab_NAME" (include/linux/export.h), which the kernel
   patchset's maps also list to mark NAME exported.  */
#define KLP_KSYMTAB_PREFIX "__ksymtab_"

/* The name that the symbol SYM marks as exported if SYM is an export
   marker ("__ksymtab_" and a name), else NULL.  */
static inline const char *
klp_find_exported_name (const char *sym)
{
  size_t n = sizeof KLP_KSYMTAB_PREFIX - 1;

  return (strncmp (sym, KLP_KSYMTAB_PREFIX, n) == 0 && sym[n] != '\0'
	  ? sym + n : NULL);
}

static inline bool
is_vmlinux_object (const char *obj)
{
  return strcmp (obj, "vmlinux") == 0;
}

/* Whether SEC is a klp relocation section: named ".klp.rela.*", or
   flagged SHF_RELA_LIVEPATCH (the kernel goes by the flag).  */
bool klp_is_klp_rela_section (const struct klp_section *sec);

static inline bool
is_alloc_section (const struct klp_section *sec)
{
  return sec && (sec->sh.sh_flags & SHF_ALLOC);
}

/* The name the kernel gives the module ELF: klp_module_name() of its
   .modinfo.  Malloc'd; NULL (reported) when out of memory.  */
char *klp_find_module_name (struct klp_elf *elf);

/* --------------------------------------------------------------------
   The module loader (kernel/module/main.c).
   -------------------------------------------------------------------- */

/* Whether the machine of ELF is one the kernel livepatches (x86_64,
   ppc64, s390x, aarch64); reports when not.  */
int klp_check_machine (struct klp_elf *elf);

/* The modinfo entry "livepatch=Y": only for a module with it does the
   loader keep the ELF headers and symbol table that klp relocations need
   (copy_module_elf), and klp_enable_patch() refuses a patch without it
   ("livepatch: module X is not marked as a livepatch module").  HINT
   ends the message (for instance ", or use --no-modinfo-check").  */
int klp_check_livepatch_modinfo (struct klp_elf *elf, const char *hint);

/* Whether the module loader accepts the undefined symbol NAME of a
   module for MACHINE without an export: '.TOC.' (ppc64, which makes it
   SHN_ABS) and '_GLOBAL_OFFSET_TABLE_' (x86, ignore_undef_symbol).  Weak
   undefined symbols are accepted too (simplify_symbols).  */
bool klp_is_loader_ignored_name (GElf_Half machine, const char *name);

/* Whether NAME, undefined in an input of the final link of a module for
   MACHINE, is for the linker to define there: ppc64's out-of-line
   register save and restore routines of the ABI (_savegpr0_N,
   _restgpr0_N, _savegpr1_N, _restgpr1_N, _savefpr_N, _restfpr_N,
   _savevr_N, _restvr_N), which GCC calls at -Os, and which kbuild has
   ld make in each module (--save-restore-funcs) or takes from
   arch/powerpc/lib/crtsavres.o.  vmlinux has its own local copies: a
   klp relocation to them would be wrong (and ambiguous).  */
bool klp_is_linker_provided_name (GElf_Half machine, const char *name);

/* Whether SYMVERS or MAP (either may be NULL) says that some object
   exports NAME: the module loader resolves such a name itself.  */
bool klp_is_known_export (const struct klp_symvers *symvers,
			  const struct klp_symmap *map, const char *name);

/* --------------------------------------------------------------------
   Where klp relocations can go.
   -------------------------------------------------------------------- */

/* Why a klp relocation for object OBJ cannot patch section SECNAME, or
   NULL when it can.  The kernel uses some sections of the livepatch
   module (alternatives, paravirt sites, static keys and calls) or frees
   them (init sections) when the livepatch module loads, while it applies
   the klp relocations for a module only when that module loads, maybe
   later; those for vmlinux are applied first thing, and may go
   anywhere.  */
const char *klp_find_section_rule (const char *secname, const char *obj);

/* The header of SEC, an existing klp relocation section
   (klp_is_klp_rela_section): a name the kernel parses (its object is stored
   in OBJ), SHT_RELA, the flags SHF_RELA_LIVEPATCH and SHF_ALLOC, sh_link
   the symbol table, sh_info an allocated section.  Returns 0; -1 when
   problems were reported but the relocations can still be read; -2 when
   they cannot be read as klp relocations (the name or the type).  */
int klp_check_klp_rela_header (struct klp_elf *elf, struct klp_section *sec,
			       char obj[KLP_OBJNAME_MAX + 1]);

/* Report that the relocation RELA of the klp relocation section SEC uses
   SYM (NULL: no symbol), which is not a klp symbol ("livepatch: symbol X
   is not marked as a livepatch symbol").  */
void klp_report_not_livepatch_symbol (struct klp_elf *elf,
				      const struct klp_section *sec,
				      const GElf_Rela *rela,
				      const struct klp_symbol *sym);

/* Report that the module-specific klp relocation section SEC uses
   COUNT relocations against vmlinux symbols, the first against SYMNAME
   ("livepatch: invalid access to vmlinux symbol ... from module-specific
   livepatch relocation section").  */
void klp_report_vmlinux_in_module_section (struct klp_elf *elf,
					   const struct klp_section *sec,
					   const char *symname, size_t count);

/* --------------------------------------------------------------------
   Applying a relocation (arch/x86/kernel/module.c: apply_relocate_add).
   -------------------------------------------------------------------- */

/* On x86_64, the relocation RELA of TARGET against SYMNAME must be of a
   type the kernel's loader applies, and its target bytes zero
   ("module: x86/modules: Skipping invalid relocation target, existing
   value is nonzero").  On ppc64, a call (bl, R_PPC64_REL24) must be
   followed by a nop, which the loader makes the TOC restore ("Expected
   nop after call").  Other machines: nothing to check.  */
int klp_check_reloc_target (struct klp_elf *elf, struct klp_section *target,
			    const GElf_Rela *rela, const char *symname);

/* s390x (arch/s390/kernel/module.c): the loader gives each symbol of a
   module one GOT and one PLT entry and fills them the first time a
   relocation uses them, never again (got_initialized, plt_initialized).
   The livepatch core applies the klp relocations of a module object each
   time that module loads: through a GOT or PLT entry, the livepatch then
   keeps the addresses of the module's first load, and uses freed memory
   once it is loaded again.  A klp relocation against a module object's
   symbol must therefore be direct.

   klp_s390_direct_reloc makes the relocation RELA (of TARGET, against
   SYMNAME) direct, as ld does for a symbol bound locally:
   R_390_PLT16DBL, PLT32DBL, PLT32, PLT64 become R_390_PC16DBL, PC32DBL,
   PC32, PC64 (same field, same addend); R_390_GOTENT of an lgrl (load
   the address from the GOT entry) becomes R_390_PC32DBL of a larl (the
   address itself), TARGET's instruction rewritten.  Returns 1 if RELA
   changed, 0 if nothing was to change, -1 after reporting one that
   cannot be made direct.  Other machines: 0.

   klp_check_s390_module_reloc reports (-1) a klp relocation RELA of the
   module object OBJ that is not direct (klp-check).  */
int klp_s390_direct_reloc (struct klp_elf *elf, struct klp_section *target,
			   GElf_Rela *rela, const char *symname);
int klp_check_s390_module_reloc (struct klp_elf *elf,
				 const struct klp_section *target,
				 const GElf_Rela *rela, const char *symname,
				 const char *obj);

/* --------------------------------------------------------------------
   Resolving a klp symbol (kernel/livepatch/core.c:
   klp_find_object_symbol).
   -------------------------------------------------------------------- */

enum klp_sympos_verdict
{
  KLP_SYMPOS_OK,
  KLP_SYMPOS_NOT_FOUND,		/* No symbol of that name.  */
  KLP_SYMPOS_AMBIGUOUS,		/* Position 0, several symbols.  */
  KLP_SYMPOS_BEYOND		/* Position N, fewer than N symbols.  */
};

/* What the kernel makes of position POS when the object has COUNT
   symbols of the name.  */
enum klp_sympos_verdict klp_judge_sympos (unsigned long count,
					  unsigned long pos);

/* The position that names the NTH (from 1) of the COUNT symbols of one
   name in one object, as an annotation (KLP_SYMPOS) or a klp symbol's
   name gives it: 0 when the name is unique in its object (COUNT 1), as
   the kernel's documentation and the klp-convert patchset write it;
   NTH, from 1, only among same-named symbols of one object.  Every
   position libklp suggests or lists comes from here.  */
unsigned long klp_sympos_of (unsigned long count, unsigned long nth);

/* The message the kernel prints for VERDICT (not KLP_SYMPOS_OK) about
   symbol NAME of object OBJ at position POS, "livepatch: ...", in BUF of
   SIZE bytes.  For vmlinux the kernel passes a NULL object name to the
   message of an ambiguity, which its printf shows as "(null)".  NAME and
   OBJ are shown as messages show strings (klp_quote): print BUF with
   '%-s'.  BUF holds KLP_SYMPOS_FAILURE_SIZE bytes.  Returns BUF.  */
#define KLP_SYMPOS_FAILURE_SIZE (2 * KLP_QUOTE_SIZE + 128)
const char *klp_format_sympos_failure (char *buf, size_t size,
				       enum klp_sympos_verdict verdict,
				       const char *obj, const char *name,
				       unsigned long pos);

/* --------------------------------------------------------------------
   The symbol map's candidates.
   -------------------------------------------------------------------- */

/* The first symbol named NAME in object OBJ of MAP, or NULL.  */
const struct klp_mapsym *klp_find_mapsym_in_object (
  const struct klp_symmap *map, const char *name, const char *obj);

/* Whether a symbol whose source file is MAPFILE (NULL: unknown) matches
   the file GIVEN in a KLP_SYMFILE annotation: the same path, or one path
   is the last components of the other (after a '/').  So "params.c" and
   "kernel/params.c" match a map's "kernel/params.c", and
   "kernel/params.c" also matches a map's "params.c": a map made from
   STT_FILE symbols knows only the file's base name, which the compiler
   puts there.  "arams.c" matches neither.  */
bool klp_is_symfile_match (const char *mapfile, const char *given);

/* Append to LIST the line that lists a candidate, the NTH of COUNT
   symbols of one name in object OBJ: "\n  <obj> <pos>: <src or ?>
   (<type>)", POS as klp_sympos_of() gives it (SRC may be NULL).  Returns
   0, or -1 after reporting an error about FILE.  */
int klp_add_candidate (const char *file, struct klp_strbuf *list,
		       const char *obj, unsigned long nth,
		       unsigned long count, const char *src, char type);

/* The position an annotation gives the map's symbol SYM
   (klp_sympos_of).  */
unsigned long klp_mapsym_sympos (const struct klp_symmap *map,
				 const struct klp_mapsym *sym);

/* One line per symbol of the same-name chain that starts at FIRST, as
   klp_add_candidate() writes it (only the symbols of object OBJ when OBJ
   is not NULL), in a malloc'd string; NULL when out of memory, after an
   error about FILE.  */
char *klp_format_candidates (const char *file, const struct klp_symmap *map,
			     const struct klp_mapsym *first, const char *obj);

#endif /* KLP_RULES_H */
