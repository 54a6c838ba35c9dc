/* libklp.so: the GNU ld plugin (ld.bfd and gold) of libklp.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A thin adapter between ld's plugin interface (<plugin-api.h>) and the
   libklp core: ld's hooks, the options, ld's symbol descriptions, and
   calls into the core, where the work is done (libklp/link.c: what the
   plugin knows of the link's inputs; libklp/klpsym-rename.c: renaming;
   libklp/convert.c: the conversion).  See libklp(7) for the user's view.
   The hooks, in the order ld calls them:

   onload       walk the transfer vector once, check that ld gives every
		callback the plugin needs, parse the -plugin-opt options,
		send the core's messages to ld (klp_diag_set_handler; before
		ld's message callback is known, they go to stderr).
   claim_file   once per input object, archive member included, in link
		order (nothing happens outside relocatable links).  Record
		it and read its headers only (klp_link_add_input).  From the
		first object whose annotations name undefined symbols on,
		claim every ELF object: the annotated ones are replaced by a
		rewritten copy (klp_plan_renames, klp_apply_renames,
		klp_elf_write) whose annotated symbols are named
		.klp.sym.<obj>.<name>,<pos>; the others are passed through
		unchanged, so that the link order stays what it was (ld puts
		every file the plugin adds right after the first claimed
		one).  ld is told the global symbols of each claimed object,
		as the replacement names them.
   all_symbols_read
		warn about annotated names that another input defines
		(klp_link_warn_defined_renames, from the inputs' symbol
		tables alone), hand ld the replacements (add_input_file) in
		claim order, and, in the final link of a livepatch module
		(klp_is_final_module_link, klp_link_is_livepatch), run the
		conversion's checks on every input as the link reads it
		(klp_link_convert_check), so that a symbol that cannot be
		resolved fails the link before the output is written.
   cleanup      (ld has written and closed the output) convert the final
		livepatch module in place (klp_convert_file); remove the
		temporary files; free everything.  ld ignores the status of
		this hook, so a conversion that fails removes the output and
		ends the link with LDPL_FATAL.

   Everything lives in one context, 'plugin' below.  The plugin never
   exits: it reports through ld's message callback and returns LDPS_ERR,
   and ld decides.  */

#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <plugin-api.h>

#include "array.h"
#include "convert.h"
#include "diag.h"
#include "elfobj.h"
#include "fileio.h"
#include "klpsym-rename.h"
#include "link.h"
#include "outfile.h"
#include "symmap.h"

/* Default files of the final link's conversion, in ld's directory.  */
#define DEFAULT_SYMBOLS "symbols.klp"
#define DEFAULT_SYMVERS "Module.symvers"

/* The symbols given to add_symbols for a claimed input
   (plugin.link.inputs[I] is plugin.claims[I]): ld keeps pointers to the
   names until the end of the link.  A claimed input's replacement, the
   file given to add_input_file, is its 'replacement' in plugin.link: a
   temporary file (owned by plugin.temps) or the input's own name.  */
struct klp_plugin_claim
{
  struct ld_plugin_symbol *syms;
  int nsyms;
};

struct klp_plugin
{
  /* What ld gives.  */
  ld_plugin_message message;
  ld_plugin_add_symbols add_symbols;
  ld_plugin_add_input_file add_input_file;
  char *output_name;
  int linker_output;
  bool has_linker_output;

  /* Options.  */
  bool verbose;
  bool save_temps;
  bool no_convert;
  bool kbuild;			/* Run by kbuild (libklp's kbuild.mk).  */
  char *symbols_path;		/* NULL: KLP_SYMBOLS from the environment,
				   else DEFAULT_SYMBOLS if present.  */
  char *symvers_path;		/* NULL: DEFAULT_SYMVERS if present.  */

  /* State.  */
  struct klp_link link;		/* The inputs ld offered.  */
  struct klp_plugin_claim *claims; /* [link.ninputs].  */
  size_t claims_alloc;
  bool claiming;		/* An object was rewritten: claim all.  */
  char **temps;			/* Temporary files created.  */
  size_t ntemps, temps_alloc;
  unsigned int temp_counter;
  bool convert_at_cleanup;	/* A livepatch module that passed the
				   checks.  */
  bool fatal;			/* Errors end the link (LDPL_FATAL).  */
  struct klp_symmap *map;
  struct klp_symvers *symvers;
};

static struct klp_plugin plugin;

/* --------------------------------------------------------------------
   Messages: the core's (klp_diag), sent to ld.
   -------------------------------------------------------------------- */

/* The handler of the core's messages once ld's message callback is
   known: ld adds its name and the severity.  */
static void
diag_to_ld (void *data, enum klp_severity severity, const char *file,
	    const char *message)
{
  int level = severity == KLP_ERROR ? (plugin.fatal ? LDPL_FATAL
						    : LDPL_ERROR)
	      : severity == KLP_WARNING ? LDPL_WARNING : LDPL_INFO;

  (void) data;
  /* ld interprets '%' itself: pass the text as an argument.  */
  if (file)
    plugin.message (level, "libklp: %s: %s", file, message);
  else
    plugin.message (level, "libklp: %s", message);
}

/* --------------------------------------------------------------------
   Options: -plugin-opt=NAME (a flag) or -plugin-opt=NAME=FILE.
   -------------------------------------------------------------------- */

struct klp_plugin_option
{
  const char *name;
  bool *flag;			/* Set by NAME, or NULL.  */
  char **file;			/* Set by NAME=FILE, or NULL.  */
};

static const struct klp_plugin_option options[] = {
  { "verbose", &plugin.verbose, NULL },
  { "save-temps", &plugin.save_temps, NULL },
  { "no-convert", &plugin.no_convert, NULL },
  { "kbuild", &plugin.kbuild, NULL },
  { "symbols", NULL, &plugin.symbols_path },
  { "symvers", NULL, &plugin.symvers_path },
};

#define NOPTIONS (sizeof options / sizeof options[0])

/* Report the unknown option OPT, with the known ones.  */
static void
report_unknown_option (const char *opt)
{
  char known[256] = "";
  size_t len = 0;

  for (size_t i = 0; i < NOPTIONS && len < sizeof known; i++)
    len += snprintf (known + len, sizeof known - len, "%s%s%s",
		     i ? ", " : "", options[i].name,
		     options[i].file ? "=FILE" : "");
  klp_error (NULL, "unknown option '%s' (known: %s)", opt, known);
}

static int
parse_option (const char *opt)
{
  const char *eq = strchr (opt, '=');
  size_t len = eq ? (size_t) (eq - opt) : strlen (opt);

  for (size_t i = 0; i < NOPTIONS; i++)
    {
      const struct klp_plugin_option *o = &options[i];
      if (strlen (o->name) != len || strncmp (o->name, opt, len) != 0)
	continue;
      if (o->file && (!eq || eq[1] == '\0'))
	{
	  klp_error (NULL, "option '%s' needs a value: "
		     "-plugin-opt=%s=FILE", opt, o->name);
	  return -1;
	}
      if (o->flag && eq)
	{
	  klp_error (NULL, "option '%s' takes no value", o->name);
	  return -1;
	}
      if (o->flag)
	{
	  *o->flag = true;
	  return 0;
	}
      free (*o->file);
      *o->file = klp_xstrdup (NULL, eq + 1);
      return *o->file ? 0 : -1;
    }
  report_unknown_option (opt);
  return -1;
}

/* --------------------------------------------------------------------
   Inputs and temporary files.
   -------------------------------------------------------------------- */

static bool
is_relocatable_link (void)
{
  return plugin.has_linker_output && plugin.linker_output == LDPO_REL;
}

/* Record FILE in plugin.link; returns its index, or -1 after an
   error.  */
static ssize_t
record_input (const struct ld_plugin_input_file *file)
{
  if (klp_array_reserve (file->name, plugin.claims, plugin.claims_alloc,
			 plugin.link.ninputs + 1) < 0)
    return -1;
  memset (&plugin.claims[plugin.link.ninputs], 0, sizeof *plugin.claims);
  if (!klp_link_add_input (&plugin.link, file->name, file->fd, file->offset,
			   file->filesize))
    return -1;
  return plugin.link.ninputs - 1;
}

static int
remember_temp (char *path)
{
  if (klp_array_reserve (path, plugin.temps, plugin.temps_alloc,
			 plugin.ntemps + 1) < 0)
    return -1;
  plugin.temps[plugin.ntemps++] = path;
  return 0;
}

/* Create a new, empty temporary file "OUTPUT.klp-N.o" (never one that
   exists; OUTPUT's name cut short if the name would not fit in NAME_MAX)
   and return its name; *FD is open on it for writing.  Unless kept
   (save-temps), it is removed should a signal end the link.  */
static char *
create_temp (int *fd)
{
  for (;;)
    {
      char suffix[32];
      char *path;

      snprintf (suffix, sizeof suffix, ".klp-%u.o", ++plugin.temp_counter);
      path = klp_sibling_name (plugin.output_name, "", suffix);
      if (!path)
	return NULL;
      *fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
      if (*fd >= 0)
	{
	  if ((!plugin.save_temps && klp_remove_on_signal (path) != 0)
	      || remember_temp (path) != 0)
	    {
	      close (*fd);
	      unlink (path);
	      klp_keep_on_signal (path);
	      free (path);
	      return NULL;
	    }
	  return path;
	}
      if (errno != EEXIST || plugin.temp_counter >= 100000)
	{
	  klp_error (path, "cannot create a temporary file: %s",
		     strerror (errno));
	  free (path);
	  return NULL;
	}
      free (path);
    }
}

/* Copy the SIZE bytes at OFFSET of FD into a new temporary file (an
   archive member passed through unchanged).  */
static char *
copy_to_temp (const char *name, int fd, off_t offset, size_t size)
{
  char buf[65536];
  int out;
  char *path = create_temp (&out);

  if (!path)
    return NULL;
  while (size > 0)
    {
      size_t chunk = size < sizeof buf ? size : sizeof buf;
      ssize_t n = klp_pread_full (fd, buf, chunk, offset);
      if (n <= 0)
	{
	  klp_error (name, "cannot read: %s",
		     n < 0 ? strerror (errno) : "unexpected end of file");
	  close (out);
	  return NULL;
	}
      if (klp_write_full (out, buf, n) != 0)
	{
	  klp_error (path, "cannot write: %s", strerror (errno));
	  close (out);
	  return NULL;
	}
      offset += n;
      size -= n;
    }
  if (close (out) != 0)
    {
      klp_error (path, "cannot write: %s", strerror (errno));
      return NULL;
    }
  return path;
}

/* --------------------------------------------------------------------
   The symbols of a claimed object, for add_symbols.
   -------------------------------------------------------------------- */

static int
ld_visibility (unsigned char st_other)
{
  switch (GELF_ST_VISIBILITY (st_other))
    {
    case STV_INTERNAL:
      return LDPV_INTERNAL;
    case STV_HIDDEN:
      return LDPV_HIDDEN;
    case STV_PROTECTED:
      return LDPV_PROTECTED;
    default:
      return LDPV_DEFAULT;
    }
}

static bool
is_ir_symbol (const struct klp_symbol *sym)
{
  int type = GELF_ST_TYPE (sym->sym.st_info);
  return !sym->removed && !is_local_symbol (sym) && type != STT_SECTION
	 && type != STT_FILE;
}

/* Describe the global symbols of ELF (as renamed) in C->syms.  */
static int
collect_ir_symbols (struct klp_plugin_claim *c, struct klp_elf *elf)
{
  struct klp_symbol *sym;
  int n = 0;

  klp_for_each_symbol (elf, sym)
    if (is_ir_symbol (sym))
      n++;
  c->syms = klp_xcalloc (elf->path, n, sizeof *c->syms);
  if (!c->syms)
    return -1;
  klp_for_each_symbol (elf, sym)
    {
      struct ld_plugin_symbol *s;
      struct klp_symbol *key;
      bool weak = is_weak_symbol (sym);

      if (!is_ir_symbol (sym))
	continue;
      s = &c->syms[c->nsyms];
      s->name = klp_xstrdup (elf->path, sym->name);
      if (!s->name)
	return -1;
      c->nsyms++;
      if (sym->shndx == SHN_UNDEF)
	s->def = weak ? LDPK_WEAKUNDEF : LDPK_UNDEF;
      else if (sym->shndx == SHN_COMMON)
	s->def = LDPK_COMMON;
      else
	s->def = weak ? LDPK_WEAKDEF : LDPK_DEF;
      s->visibility = ld_visibility (sym->sym.st_other);
      s->size = sym->sym.st_size;
      key = sym->sec ? klp_comdat_signature (sym->sec) : NULL;
      if (key)
	{
	  s->comdat_key = klp_xstrdup (elf->path, key->name);
	  if (!s->comdat_key)
	    return -1;
	}
    }
  return 0;
}

/* --------------------------------------------------------------------
   claim_file.
   -------------------------------------------------------------------- */

/* The replacement of input I: ELF renamed as PLAN says, written to a
   temporary file; or the input itself, unchanged.  */
static int
make_replacement (size_t i, struct klp_elf *elf,
		  const struct klp_rename_plan *plan, int fd)
{
  struct klp_link_input *in = &plugin.link.inputs[i];
  const char *name = klp_link_input_name (in, fd);

  if (plan->count > 0)
    {
      int out;
      if (klp_apply_renames (elf, plan) != 0
	  || klp_link_note_renames (&plugin.link, i, plan) != 0)
	return -1;
      in->replacement = create_temp (&out);
      if (!in->replacement)
	return -1;
      close (out);
      if (klp_elf_write (elf, in->replacement, 0644) != 0)
	return -1;
      klp_note (name, "rewritten as '%s'", in->replacement);
    }
  else if (is_archive_member (in))
    {
      in->replacement = copy_to_temp (name, fd, in->offset, in->size);
      if (!in->replacement)
	return -1;
      klp_note (name, "passed through unchanged as '%s', to keep the link "
		"order", in->replacement);
    }
  else
    {
      /* A plain file or a thin archive's member (ld names the member's
	 own file, at offset 0): ld reads it again.  The temporary files
	 list does not hold it, so it is never removed.  */
      in->replacement = in->name;
      klp_note (name, "passed through unchanged, to keep the link order");
    }
  return 0;
}

/* Open input I with the model, plan its renames, and claim it if it
   must be rewritten, if an earlier object was, or if START.  */
static enum ld_plugin_status
claim_object (size_t i, const struct ld_plugin_input_file *file, bool start,
	      int *claimed)
{
  struct klp_link_input *in = &plugin.link.inputs[i];
  struct klp_plugin_claim *c = &plugin.claims[i];
  struct klp_rename_plan plan = { 0 };
  const char *name = klp_link_input_name (in, file->fd);
  struct klp_elf *elf = klp_elf_open_fd (name, file->fd, file->offset,
					 file->filesize);
  int ret = -1;

  if (!elf)
    return LDPS_ERR;
  if (in->info.has_annotations && klp_plan_renames (elf, &plan) != 0)
    goto out;
  if (!plugin.claiming && !start && plan.count == 0)
    {
      ret = 0;			/* Nothing to rename: leave it to ld.  */
      goto out;
    }
  plugin.claiming = true;
  if (make_replacement (i, elf, &plan, file->fd) != 0
      || collect_ir_symbols (c, elf) != 0)
    goto out;
  if (plugin.add_symbols (file->handle, c->nsyms, c->syms) != LDPS_OK)
    {
      klp_error (name, "ld refused the symbols of the object");
      goto out;
    }
  *claimed = 1;
  ret = 0;

out:
  klp_rename_plan_free (&plan);
  klp_elf_close (elf);
  return ret == 0 ? LDPS_OK : LDPS_ERR;
}

static enum ld_plugin_status
claim_file (const struct ld_plugin_input_file *file, int *claimed)
{
  struct klp_link_input *in;
  ssize_t i;
  bool start = false;

  *claimed = 0;
  if (!is_relocatable_link ())
    return LDPS_OK;
  i = record_input (file);
  if (i < 0)
    return LDPS_ERR;
  in = &plugin.link.inputs[i];

  /* The common case, and all the plugin costs there.  */
  if (!plugin.claiming && !in->info.has_annotations
      && !(is_archive_member (in) && in->info.is_elf64_rel))
    return LDPS_OK;
  if (!plugin.claiming && !in->info.has_annotations)
    {
      /* ld.bfd puts the files the plugin adds before an archive whose
	 member it claimed first: claiming from the archive's first
	 loaded member on keeps the members in order.  */
      bool annotated_archive;
      if (klp_link_archive_has_annotations (&plugin.link, in, file->fd,
					    &annotated_archive) != 0)
	return LDPS_ERR;
      if (!annotated_archive)
	return LDPS_OK;
      start = true;
    }

  if (!is_model_input (in))
    {
      const char *name = klp_link_input_name (in, file->fd);
      if (in->info.has_annotations)
	klp_warn (name, "annotations in %s are not renamed: only ELF64 "
		  "relocatable objects are",
		  in->info.is_lto ? "LTO IR" : "this input");
      if (plugin.claiming)
	klp_warn (name, "left to ld: %s; it now follows the objects libklp "
		  "replaced, so the output's order differs from a link "
		  "without the plugin",
		  in->info.is_lto ? "LTO IR"
		  : "not an ELF64 relocatable object");
      return LDPS_OK;
    }
  return claim_object (i, file, start, claimed);
}

/* --------------------------------------------------------------------
   all_symbols_read.
   -------------------------------------------------------------------- */

/* Load the symbol map and Module.symvers: the files the options name;
   else, for the map, the one KLP_SYMBOLS names in ld's environment
   (make exports its command-line variables to the commands it runs, so
   that "make -C KDIR M=DIR KLP_SYMBOLS=MAP" reaches the final link);
   else the default files when they exist.  */
static int
load_symbol_files (void)
{
  const char *symbols = plugin.symbols_path;
  const char *symvers = plugin.symvers_path;
  const char *env = getenv ("KLP_SYMBOLS");
  bool from_env = false;

  if (!symbols && env && *env)
    {
      symbols = env;
      from_env = true;
    }
  if (!symbols && access (DEFAULT_SYMBOLS, F_OK) == 0)
    symbols = DEFAULT_SYMBOLS;
  if (!symvers && access (DEFAULT_SYMVERS, F_OK) == 0)
    symvers = DEFAULT_SYMVERS;
  if (symbols && !plugin.map)
    {
      plugin.map = klp_symmap_load (symbols);
      if (!plugin.map)
	{
	  if (from_env)
	    klp_error (NULL, "KLP_SYMBOLS in ld's environment names the "
		       "symbol map '%s' (-plugin-opt=symbols=FILE overrides "
		       "it)", symbols);
	  return -1;
	}
      klp_note (symbols, "%zu symbols of %zu objects",
		klp_symmap_nsyms (plugin.map), klp_symmap_nobjs (plugin.map));
    }
  if (symvers && !plugin.symvers)
    {
      plugin.symvers = klp_symvers_load (symvers);
      if (!plugin.symvers)
	return -1;
    }
  return 0;
}

/* How the user gives the conversion's files, for its messages: in
   kbuild's words under kbuild (KLP_SYMBOLS in the module's Makefile or
   on make's command line), else in ld's.  */
static void
describe_how (struct klp_convert_options *opts)
{
  if (plugin.kbuild)
    {
      opts->how.map = " with KLP_SYMBOLS=MAP";
      opts->how.symvers = " with -plugin-opt=symvers=FILE in LDFLAGS_MODULE";
    }
  else
    {
      opts->how.map = " with -plugin-opt=symbols=MAP, or KLP_SYMBOLS=MAP in "
		      "ld's environment";
      opts->how.symvers = " with -plugin-opt=symvers=FILE";
    }
}

/* The final link of a livepatch module: check every input as the
   conversion will see it, so that the link fails now, before the output
   is written, if the conversion cannot succeed.  The messages name the
   module being built.  */
static int
check_livepatch (void)
{
  struct klp_convert_options opts = {
    .require_livepatch_modinfo = false,	/* One input has it.  */
  };

  if (load_symbol_files () != 0)
    return -1;
  opts.map = plugin.map;
  opts.symvers = plugin.symvers;
  describe_how (&opts);
  if (klp_link_convert_check (&plugin.link, &opts, plugin.output_name) != 0)
    {
      klp_error (plugin.output_name, "cannot be converted into a livepatch "
		 "module (see above); link stopped");
      return -1;
    }
  return 0;
}

static int
add_replacements (void)
{
  for (size_t i = 0; i < plugin.link.ninputs; i++)
    {
      const char *replacement = plugin.link.inputs[i].replacement;
      if (!replacement)
	continue;
      if (plugin.add_input_file (replacement) != LDPS_OK)
	{
	  klp_error (klp_link_input_name (&plugin.link.inputs[i], -1),
		     "ld refused the copy of it that libklp made");
	  return -1;
	}
    }
  return 0;
}

static enum ld_plugin_status
all_symbols_read (void)
{
  bool livepatch = false;
  int ret = 0;

  if (!is_relocatable_link ())
    return LDPS_OK;
  /* Is this the final link of a livepatch module?  */
  if (!plugin.no_convert
      && klp_is_final_module_link (&plugin.link, plugin.output_name)
      && klp_link_is_livepatch (&plugin.link, &livepatch) != 0)
    return LDPS_ERR;
  if (plugin.claiming && klp_link_warn_defined_renames (&plugin.link) != 0)
    ret = -1;
  if (ret == 0 && livepatch && check_livepatch () != 0)
    ret = -1;
  /* Hand ld the replacements of the claimed objects.  */
  if (ret == 0 && plugin.claiming)
    ret = add_replacements ();
  plugin.convert_at_cleanup = ret == 0 && livepatch;
  /* ld writes the output next, and the cleanup hook converts it: should
     a signal end the link before the conversion is done, the output is
     removed rather than left unconverted.  */
  if (plugin.convert_at_cleanup
      && klp_remove_on_signal (plugin.output_name) != 0)
    {
      plugin.convert_at_cleanup = false;
      ret = -1;
    }
  return ret == 0 ? LDPS_OK : LDPS_ERR;
}

/* --------------------------------------------------------------------
   cleanup.
   -------------------------------------------------------------------- */

/* Convert the output in place.  Returns 0 or -1 (output removed).  */
static int
convert_output (void)
{
  struct klp_convert_options opts = {
    .map = plugin.map,
    .symvers = plugin.symvers,
    .require_livepatch_modinfo = true,
  };

  describe_how (&opts);
  /* ld does not tell the plugin whether the link failed: ld.bfd writes
     the ELF header when it closes the output, which a failed link never
     does (it removes the output after this hook); gold writes a failed
     output whole and removes it after this hook too.  */
  if (!klp_is_complete_object (plugin.output_name))
    {
      klp_note (plugin.output_name, "not converted: the link failed");
      return 0;
    }
  /* Until the conversion replaces it, ld's output must not look finished
     to make: a link killed now (SIGKILL, which the plugin cannot catch)
     leaves it older than every input, so it is linked again.  */
  if (utimensat (AT_FDCWD, plugin.output_name,
		 (const struct timespec[2]) { { 0, UTIME_OMIT }, { 0, 0 } },
		 0) != 0)
    {
      klp_error (plugin.output_name, "cannot set the modification time: %s",
		 strerror (errno));
      unlink (plugin.output_name);
      return -1;
    }
  if (klp_convert_file (plugin.output_name, plugin.output_name, &opts) != 0)
    {
      unlink (plugin.output_name);
      return -1;
    }
  klp_keep_on_signal (plugin.output_name);
  klp_note (plugin.output_name, "converted into a livepatch module");
  return 0;
}

static void
remove_temps (void)
{
  for (size_t i = 0; i < plugin.ntemps; i++)
    {
      if (plugin.save_temps)
	klp_note (plugin.temps[i], "kept (save-temps)");
      else
	{
	  unlink (plugin.temps[i]);
	  klp_keep_on_signal (plugin.temps[i]);
	}
      free (plugin.temps[i]);
    }
  free (plugin.temps);
  plugin.temps = NULL;
  plugin.ntemps = plugin.temps_alloc = 0;
}

static void
free_claim (struct klp_plugin_claim *c)
{
  for (int i = 0; i < c->nsyms; i++)
    {
      free (c->syms[i].name);
      free (c->syms[i].comdat_key);
    }
  free (c->syms);
}

/* Free everything but ld's callbacks.  */
static void
free_plugin (void)
{
  for (size_t i = 0; i < plugin.link.ninputs; i++)
    free_claim (&plugin.claims[i]);
  free (plugin.claims);
  plugin.claims = NULL;
  plugin.claims_alloc = 0;
  klp_link_free (&plugin.link);
  klp_symmap_free (plugin.map);
  klp_symvers_free (plugin.symvers);
  plugin.map = NULL;
  plugin.symvers = NULL;
  free (plugin.symbols_path);
  free (plugin.symvers_path);
  free (plugin.output_name);
  plugin.symbols_path = plugin.symvers_path = plugin.output_name = NULL;
}

static enum ld_plugin_status
cleanup (void)
{
  char output[PATH_MAX];
  bool failed = plugin.convert_at_cleanup && convert_output () != 0;

  if (failed)
    snprintf (output, sizeof output, "%s", plugin.output_name);
  remove_temps ();
  /* The output is converted (or removed), the temporary files are
     removed: ld's signal dispositions come back before the plugin may
     be unloaded.  */
  klp_restore_signals ();
  free_plugin ();
  if (failed)
    {
      /* ld ignores this hook's status, but ends the link with an error
	 on LDPL_FATAL; it may not return.  */
      plugin.fatal = true;
      klp_error (output, "the conversion into a livepatch module failed "
		 "(see above); output removed");
    }
  klp_diag_set_handler (NULL, NULL);
  return failed ? LDPS_ERR : LDPS_OK;
}

/* --------------------------------------------------------------------
   onload.
   -------------------------------------------------------------------- */

/* Report a callback that ld did not give.  */
static int
check_callback (const void *callback, const char *tag)
{
  if (callback)
    return 0;
  klp_error (NULL, "the linker does not provide %s; libklp needs "
	     "the GNU ld plugin interface of ld.bfd or gold", tag);
  return -1;
}

enum ld_plugin_status onload (struct ld_plugin_tv *tv);

enum ld_plugin_status
onload (struct ld_plugin_tv *tv)
{
  ld_plugin_register_claim_file register_claim_file = NULL;
  ld_plugin_register_all_symbols_read register_all_symbols_read = NULL;
  ld_plugin_register_cleanup register_cleanup = NULL;
  const char *output_name = NULL;
  int api_version = -1;
  int ret = 0;

  memset (&plugin, 0, sizeof plugin);
  /* Messages first: the options are reported through them.  Until ld's
     callback is known, the core's default handler writes them on
     stderr.  */
  klp_diag_set_program ("libklp");
  for (struct ld_plugin_tv *p = tv; p->tv_tag != LDPT_NULL; p++)
    if (p->tv_tag == LDPT_MESSAGE)
      plugin.message = p->tv_u.tv_message;
  if (plugin.message)
    klp_diag_set_handler (diag_to_ld, NULL);

  for (; tv->tv_tag != LDPT_NULL; tv++)
    switch (tv->tv_tag)
      {
      case LDPT_API_VERSION:
	api_version = tv->tv_u.tv_val;
	break;
      case LDPT_LINKER_OUTPUT:
	plugin.linker_output = tv->tv_u.tv_val;
	plugin.has_linker_output = true;
	break;
      case LDPT_OUTPUT_NAME:
	output_name = tv->tv_u.tv_string;
	break;
      case LDPT_OPTION:
	if (parse_option (tv->tv_u.tv_string) != 0)
	  ret = -1;
	break;
      case LDPT_REGISTER_CLAIM_FILE_HOOK:
	register_claim_file = tv->tv_u.tv_register_claim_file;
	break;
      case LDPT_REGISTER_ALL_SYMBOLS_READ_HOOK:
	register_all_symbols_read = tv->tv_u.tv_register_all_symbols_read;
	break;
      case LDPT_REGISTER_CLEANUP_HOOK:
	register_cleanup = tv->tv_u.tv_register_cleanup;
	break;
      case LDPT_ADD_SYMBOLS:
	plugin.add_symbols = tv->tv_u.tv_add_symbols;
	break;
      case LDPT_ADD_INPUT_FILE:
	plugin.add_input_file = tv->tv_u.tv_add_input_file;
	break;
      default:
	break;			/* Tags libklp does not use.  */
      }

  if (api_version != -1 && api_version != LD_PLUGIN_API_VERSION)
    {
      klp_error (NULL, "the linker's plugin API version is %d, libklp "
		 "knows version %d", api_version, LD_PLUGIN_API_VERSION);
      ret = -1;
    }
  /* Every missing callback is reported.  */
  ret |= check_callback ((const void *) register_claim_file,
			 "LDPT_REGISTER_CLAIM_FILE_HOOK");
  ret |= check_callback ((const void *) register_all_symbols_read,
			 "LDPT_REGISTER_ALL_SYMBOLS_READ_HOOK");
  ret |= check_callback ((const void *) register_cleanup,
			 "LDPT_REGISTER_CLEANUP_HOOK");
  ret |= check_callback ((const void *) plugin.add_symbols,
			 "LDPT_ADD_SYMBOLS");
  ret |= check_callback ((const void *) plugin.add_input_file,
			 "LDPT_ADD_INPUT_FILE");
  ret |= check_callback (output_name, "LDPT_OUTPUT_NAME");
  ret |= check_callback (plugin.has_linker_output ? "" : NULL,
			 "LDPT_LINKER_OUTPUT");
  if (ret == 0)
    {
      plugin.output_name = klp_xstrdup (NULL, output_name);
      if (!plugin.output_name)
	ret = -1;
    }
  if (ret != 0)
    {
      free_plugin ();
      klp_diag_set_handler (NULL, NULL);
      return LDPS_ERR;
    }
  klp_diag_set_verbose (plugin.verbose);

  if (register_claim_file (claim_file) != LDPS_OK
      || register_all_symbols_read (all_symbols_read) != LDPS_OK
      || register_cleanup (cleanup) != LDPS_OK)
    {
      klp_error (NULL, "the linker refused to register a hook");
      free_plugin ();
      return LDPS_ERR;
    }
  return LDPS_OK;
}
