/* libklp.so: the GNU ld plugin (ld.bfd and gold) of libklp.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A thin adapter between ld's plugin interface (<plugin-api.h>) and the
   libklp core; the work is done by libklp/klpsym-rename.c and
   libklp/convert.c.  See libklp(7) for the user's view.  The hooks, in the order ld calls them:

   onload       walk the transfer vector once, check that ld gives every
		callback the plugin needs, parse the -plugin-opt options,
		send the core's messages to ld (klp_diag_set_handler).
   claim_file   once per input object, archive member included, in link
		order (nothing happens outside relocatable links).  Read its
		headers only (klp_inspect_input).  From the first object
		whose annotations name undefined symbols on, claim every ELF
		object: the annotated ones are replaced by a rewritten copy
		(klp_plan_renames, klp_apply_renames, klp_elf_write) whose
		annotated symbols are named .klp.sym.<obj>.<name>,<pos>; the
		others are passed through unchanged, so that the link order
		stays what it was (ld puts every file the plugin adds right
		after the first claimed one).  ld is told the global symbols
		of each claimed object, as the replacement names them.
   all_symbols_read
		warn about annotated names that another input defines
		(looked up in the inputs' symbol tables alone,
		klp_scan_defined_globals), hand ld the replacements
		(add_input_file) in claim order, and, in the final link of a
		livepatch module, open every input with the model and run
		the conversion's checks (klp_convert_check) on it, so that a
		symbol that cannot be resolved fails the link before the
		output is written.
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
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <plugin-api.h>

#include <klp/abi.h>
#include "convert.h"
#include "diag.h"
#include "elfobj.h"
#include "hash.h"
#include "link.h"
#include "klpsym-rename.h"
#include "symmap.h"

/* Default files of the final link's conversion, in ld's directory.  */
#define DEFAULT_SYMBOLS "symbols.klp"
#define DEFAULT_SYMVERS "Module.symvers"

/* One input ld offered to claim_file.  */
struct klp_plugin_input
{
  char *name;			/* As ld gave it: a file, or the archive
				   that holds a member.  */
  char *display;		/* For messages: NAME, or "ARCHIVE(MEMBER)";
				   NULL until needed.  */
  off_t offset;			/* Non-zero for an archive member.  */
  off_t size;
  struct klp_input_info info;
  bool claimed;
  char *replacement;		/* The file given to add_input_file: a
				   temporary file (owned by plugin.temps)
				   or NAME itself.  */
  /* The symbols given to add_symbols: ld keeps pointers to the names
     until the end of the link.  */
  struct ld_plugin_symbol *syms;
  int nsyms;
  /* Renamed symbols: old and new names (for the warnings).  */
  char **old_names, **new_names;
  size_t nrenamed;
};

/* A regular archive whose members were offered: whether any member
   has annotations.  */
struct klp_plugin_archive
{
  char *name;
  bool has_annotations;
};

/* One name defined by an input (the set built in all_symbols_read).  */
struct klp_plugin_def
{
  struct klp_hnode node;
  const char *name;		/* Owned by the input's model.  */
  size_t input;			/* Index in plugin.inputs.  */
};

/* Every input of the final link of a livepatch module opened with the
   model, and the global names they define.  */
struct klp_plugin_link
{
  struct klp_elf **models;	/* [ninputs], NULL for inputs left out. */
  struct klp_plugin_def *defs;
  size_t ndefs;
  struct klp_htab by_name;
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
  char *symbols_path;		/* NULL: DEFAULT_SYMBOLS if present.  */
  char *symvers_path;		/* NULL: DEFAULT_SYMVERS if present.  */

  /* State.  */
  struct klp_plugin_input *inputs;
  size_t ninputs, inputs_alloc;
  struct klp_plugin_archive *archives;
  size_t narchives, archives_alloc;
  bool claiming;		/* An object was rewritten: claim all.  */
  char **temps;			/* Temporary files created.  */
  size_t ntemps, temps_alloc;
  unsigned int temp_counter;
  bool convert_at_cleanup;	/* A livepatch module that passed the
				   checks.  */
  struct klp_symmap *map;
  struct klp_symvers *symvers;
};

static struct klp_plugin plugin;

/* --------------------------------------------------------------------
   Messages: everything goes through say().
   -------------------------------------------------------------------- */

/* Send TEXT about FILE (may be NULL) at LEVEL: to ld, which adds its
   name and the severity, or to stderr before ld's callback is known.  */
static void
deliver (int level, const char *file, const char *text)
{
  static const char *const words[] = {
    [LDPL_INFO] = "", [LDPL_WARNING] = "warning: ",
    [LDPL_ERROR] = "error: ", [LDPL_FATAL] = "fatal error: ",
  };

  if (plugin.message)
    {
      /* ld interprets '%' itself: pass the text as an argument.  */
      if (file)
	plugin.message (level, "libklp: %s: %s", file, text);
      else
	plugin.message (level, "libklp: %s", text);
      return;
    }
  fflush (stdout);
  fprintf (stderr, "libklp: %s%s%s%s\n", file ? file : "", file ? ": " : "",
	   words[level], text);
}

static void say (int level, const char *file, const char *fmt, ...)
  __attribute__ ((__format__ (__printf__, 3, 4)));

static void
say (int level, const char *file, const char *fmt, ...)
{
  char text[4096];
  va_list ap;

  if (level == LDPL_INFO && !plugin.verbose)
    return;
  va_start (ap, fmt);
  vsnprintf (text, sizeof text, fmt, ap);
  va_end (ap);
  deliver (level, file, text);
}

/* The core's messages (klp_diag) go to ld too.  */
static void
diag_to_ld (void *data, enum klp_severity severity, const char *file,
	    const char *message)
{
  (void) data;
  deliver (severity == KLP_ERROR ? LDPL_ERROR
	   : severity == KLP_WARNING ? LDPL_WARNING : LDPL_INFO,
	   file, message);
}

/* --------------------------------------------------------------------
   Options: -plugin-opt=NAME or -plugin-opt=NAME=VALUE.
   -------------------------------------------------------------------- */

static int
set_flag (bool *flag, const char *value)
{
  (void) value;
  *flag = true;
  return 0;
}

static int
opt_verbose (const char *value)
{
  return set_flag (&plugin.verbose, value);
}

static int
opt_save_temps (const char *value)
{
  return set_flag (&plugin.save_temps, value);
}

static int
opt_no_convert (const char *value)
{
  return set_flag (&plugin.no_convert, value);
}

static int
set_path (char **path, const char *value)
{
  free (*path);
  *path = klp_xstrdup (NULL, value);
  return *path ? 0 : -1;
}

static int
opt_symbols (const char *value)
{
  return set_path (&plugin.symbols_path, value);
}

static int
opt_symvers (const char *value)
{
  return set_path (&plugin.symvers_path, value);
}

struct klp_plugin_option
{
  const char *name;
  bool has_value;		/* NAME=VALUE, else NAME alone.  */
  int (*handler) (const char *value);
};

static const struct klp_plugin_option options[] = {
  { "verbose", false, opt_verbose },
  { "save-temps", false, opt_save_temps },
  { "no-convert", false, opt_no_convert },
  { "symbols", true, opt_symbols },
  { "symvers", true, opt_symvers },
};

static int
parse_option (const char *opt)
{
  const char *eq = strchr (opt, '=');
  size_t len = eq ? (size_t) (eq - opt) : strlen (opt);

  for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
    {
      const struct klp_plugin_option *o = &options[i];
      if (strlen (o->name) != len || strncmp (o->name, opt, len) != 0)
	continue;
      if (o->has_value && (!eq || eq[1] == '\0'))
	{
	  say (LDPL_ERROR, NULL, "option '%s' needs a value: "
	       "-plugin-opt=%s=FILE", opt, o->name);
	  return -1;
	}
      if (!o->has_value && eq)
	{
	  say (LDPL_ERROR, NULL, "option '%s' takes no value", o->name);
	  return -1;
	}
      return o->handler (eq ? eq + 1 : NULL);
    }
  say (LDPL_ERROR, NULL, "unknown option '%s' (known: verbose, save-temps, "
       "no-convert, symbols=FILE, symvers=FILE)", opt);
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

static bool
is_archive_member (const struct klp_plugin_input *in)
{
  return in->offset != 0;
}

static struct klp_plugin_input *
record_input (const struct ld_plugin_input_file *file)
{
  struct klp_plugin_input *in;

  if (plugin.ninputs == plugin.inputs_alloc)
    {
      size_t n = plugin.inputs_alloc ? 2 * plugin.inputs_alloc : 16;
      in = klp_xrealloc (file->name, plugin.inputs, n * sizeof *in);
      if (!in)
	return NULL;
      plugin.inputs = in;
      plugin.inputs_alloc = n;
    }
  in = &plugin.inputs[plugin.ninputs];
  memset (in, 0, sizeof *in);
  in->name = klp_xstrdup (file->name, file->name);
  if (!in->name)
    return NULL;
  in->offset = file->offset;
  in->size = file->filesize;
  plugin.ninputs++;
  return in;
}

/* The name of IN for messages, with FD open on it.  */
static const char *
display_name (struct klp_plugin_input *in, int fd)
{
  if (!in->display)
    in->display = is_archive_member (in)
		    ? klp_archive_member_name (in->name, fd, in->offset)
		    : klp_xstrdup (in->name, in->name);
  return in->display ? in->display : in->name;
}

static int
remember_temp (char *path)
{
  if (plugin.ntemps == plugin.temps_alloc)
    {
      size_t n = plugin.temps_alloc ? 2 * plugin.temps_alloc : 16;
      char **p = klp_xrealloc (path, plugin.temps, n * sizeof *p);
      if (!p)
	return -1;
      plugin.temps = p;
      plugin.temps_alloc = n;
    }
  plugin.temps[plugin.ntemps++] = path;
  return 0;
}

/* Create a new, empty temporary file "OUTPUT.klp-N.o" (never one that
   exists) and return its name; *FD is open on it for writing.  */
static char *
create_temp (int *fd)
{
  for (;;)
    {
      char *path = klp_xasprintf (plugin.output_name, "%s.klp-%u.o",
				  plugin.output_name, ++plugin.temp_counter);
      if (!path)
	return NULL;
      *fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
      if (*fd >= 0)
	{
	  if (remember_temp (path) != 0)
	    {
	      close (*fd);
	      unlink (path);
	      free (path);
	      return NULL;
	    }
	  return path;
	}
      if (errno != EEXIST || plugin.temp_counter >= 100000)
	{
	  say (LDPL_ERROR, path, "cannot create a temporary file: %s",
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
copy_to_temp (const char *name, int fd, off_t offset, off_t size)
{
  char buf[65536];
  int out;
  char *path = create_temp (&out);

  if (!path)
    return NULL;
  while (size > 0)
    {
      size_t chunk = size < (off_t) sizeof buf ? (size_t) size : sizeof buf;
      ssize_t n = pread (fd, buf, chunk, offset);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0)
	{
	  say (LDPL_ERROR, name, "cannot read: %s",
	       n < 0 ? strerror (errno) : "unexpected end of file");
	  close (out);
	  return NULL;
	}
      for (ssize_t done = 0; done < n;)
	{
	  ssize_t w = write (out, buf + done, n - done);
	  if (w < 0 && errno == EINTR)
	    continue;
	  if (w < 0)
	    {
	      say (LDPL_ERROR, path, "cannot write: %s", strerror (errno));
	      close (out);
	      return NULL;
	    }
	  done += w;
	}
      offset += n;
      size -= n;
    }
  if (close (out) != 0)
    {
      say (LDPL_ERROR, path, "cannot write: %s", strerror (errno));
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

/* Describe the global symbols of ELF (as renamed) in IN->syms.  */
static int
collect_ir_symbols (struct klp_plugin_input *in, struct klp_elf *elf)
{
  struct klp_symbol *sym;
  int n = 0;

  klp_for_each_symbol (elf, sym)
    if (is_ir_symbol (sym))
      n++;
  in->syms = klp_xcalloc (elf->path, n, sizeof *in->syms);
  if (!in->syms)
    return -1;
  klp_for_each_symbol (elf, sym)
    {
      struct ld_plugin_symbol *s;
      struct klp_symbol *key;
      bool weak = is_weak_symbol (sym);

      if (!is_ir_symbol (sym))
	continue;
      s = &in->syms[in->nsyms];
      s->name = klp_xstrdup (elf->path, sym->name);
      if (!s->name)
	return -1;
      in->nsyms++;
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

/* Learn whether the archive holding member IN has annotated members
   (scanned once per archive).  ld.bfd puts the files the plugin adds before an
   archive whose member it claimed first: claiming from the archive's
   first loaded member on keeps the members in order.  */
static int
scan_archive (struct klp_plugin_input *in, int fd, bool *result)
{
  struct klp_plugin_archive *ar;

  for (size_t i = 0; i < plugin.narchives; i++)
    if (strcmp (plugin.archives[i].name, in->name) == 0)
      {
	*result = plugin.archives[i].has_annotations;
	return 0;
      }
  if (plugin.narchives == plugin.archives_alloc)
    {
      size_t n = plugin.archives_alloc ? 2 * plugin.archives_alloc : 4;
      ar = klp_xrealloc (in->name, plugin.archives, n * sizeof *ar);
      if (!ar)
	return -1;
      plugin.archives = ar;
      plugin.archives_alloc = n;
    }
  ar = &plugin.archives[plugin.narchives];
  ar->name = klp_xstrdup (in->name, in->name);
  if (!ar->name
      || klp_archive_has_annotations (in->name, fd, &ar->has_annotations) != 0)
    {
      free (ar->name);
      return -1;
    }
  plugin.narchives++;
  *result = ar->has_annotations;
  return 0;
}

/* Keep the renamed names of PLAN for the warnings of all_symbols_read. */
static int
remember_renames (struct klp_plugin_input *in,
		  const struct klp_rename_plan *plan)
{
  in->old_names = klp_xcalloc (in->display, plan->count, sizeof (char *));
  in->new_names = klp_xcalloc (in->display, plan->count, sizeof (char *));
  if (!in->old_names || !in->new_names)
    return -1;
  for (size_t i = 0; i < plan->count; i++)
    {
      in->old_names[i] = klp_xstrdup (in->display, plan->renames[i].old_name);
      in->new_names[i] = klp_xstrdup (in->display, plan->renames[i].new_name);
      in->nrenamed++;
      if (!in->old_names[i] || !in->new_names[i])
	return -1;
    }
  return 0;
}

/* The replacement of IN: ELF renamed as PLAN says, written to a
   temporary file; or IN itself, unchanged.  */
static int
make_replacement (struct klp_plugin_input *in, struct klp_elf *elf,
		  const struct klp_rename_plan *plan, int fd)
{
  if (plan->count > 0)
    {
      int out;
      if (klp_apply_renames (elf, plan) != 0
	  || remember_renames (in, plan) != 0)
	return -1;
      in->replacement = create_temp (&out);
      if (!in->replacement)
	return -1;
      close (out);
      if (klp_elf_write (elf, in->replacement, 0644) != 0)
	return -1;
      say (LDPL_INFO, in->display, "rewritten as '%s'", in->replacement);
      return 0;
    }
  if (is_archive_member (in))
    {
      in->replacement = copy_to_temp (in->display, fd, in->offset, in->size);
      if (!in->replacement)
	return -1;
      say (LDPL_INFO, in->display, "passed through unchanged as '%s', to "
	   "keep the link order", in->replacement);
      return 0;
    }
  /* A plain file or a thin archive's member (ld names the member's own
     file, at offset 0): ld reads it again.  The temporary files list
     does not hold it, so it is never removed.  */
  in->replacement = in->name;
  say (LDPL_INFO, in->display, "passed through unchanged, to keep the "
       "link order");
  return 0;
}

/* Open IN with the model, plan its renames, and claim it if it must be
   rewritten, if an earlier object was, or if START.  */
static enum ld_plugin_status
claim_object (struct klp_plugin_input *in,
	      const struct ld_plugin_input_file *file, bool start,
	      int *claimed)
{
  struct klp_rename_plan plan = { 0 };
  const char *name = display_name (in, file->fd);
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
  if (make_replacement (in, elf, &plan, file->fd) != 0
      || collect_ir_symbols (in, elf) != 0)
    goto out;
  if (plugin.add_symbols (file->handle, in->nsyms, in->syms) != LDPS_OK)
    {
      say (LDPL_ERROR, name, "ld refused the symbols of the object");
      goto out;
    }
  in->claimed = true;
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
  struct klp_plugin_input *in;
  bool start = false;

  *claimed = 0;
  if (!is_relocatable_link ())
    return LDPS_OK;
  in = record_input (file);
  if (!in)
    return LDPS_ERR;
  if (klp_inspect_input (file->name, file->fd, file->offset, file->filesize,
			 &in->info) != 0)
    return LDPS_ERR;

  /* The common case, and all the plugin costs there.  */
  if (!plugin.claiming && !in->info.has_annotations
      && !(is_archive_member (in) && in->info.is_elf64_rel))
    return LDPS_OK;
  if (!plugin.claiming && !in->info.has_annotations)
    {
      bool annotated_archive;
      if (scan_archive (in, file->fd, &annotated_archive) != 0)
	return LDPS_ERR;
      if (!annotated_archive)
	return LDPS_OK;
      start = true;
    }

  if (!in->info.is_elf64_rel || in->info.is_lto)
    {
      const char *name = display_name (in, file->fd);
      if (in->info.has_annotations)
	say (LDPL_WARNING, name, "annotations in %s are not renamed: only "
	     "ELF64 relocatable objects are",
	     in->info.is_lto ? "LTO IR" : "this input");
      if (plugin.claiming)
	say (LDPL_WARNING, name, "left to ld: %s; it now follows the "
	     "objects libklp replaced, so the output's order differs from "
	     "a link without the plugin",
	     in->info.is_lto ? "LTO IR" : "not an ELF64 relocatable object");
      return LDPS_OK;
    }
  return claim_object (in, file, start, claimed);
}

/* --------------------------------------------------------------------
   all_symbols_read.
   -------------------------------------------------------------------- */

static bool
is_final_module_link (void)
{
  size_t len = strlen (plugin.output_name);

  if (len > 3 && strcmp (plugin.output_name + len - 3, ".ko") == 0)
    return true;
  for (size_t i = 0; i < plugin.ninputs; i++)
    if (plugin.inputs[i].info.has_this_module)
      return true;
  return false;
}

/* Whether IN's .modinfo says "livepatch=Y".  Reads only that section. */
static int
read_livepatch_modinfo (struct klp_plugin_input *in, bool *is_livepatch)
{
  bool result;
  int fd, ret;

  if (!in->info.has_modinfo)
    return 0;
  fd = open (in->name, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    {
      say (LDPL_ERROR, in->name, "cannot open: %s", strerror (errno));
      return -1;
    }
  ret = klp_input_is_livepatch (display_name (in, fd), fd, in->offset,
				in->size, &result);
  if (ret == 0 && result)
    *is_livepatch = true;
  close (fd);
  return ret;
}

/* Learn whether an input's .modinfo says "livepatch=Y".  */
static int
find_livepatch_modinfo (bool *is_livepatch)
{
  *is_livepatch = false;
  for (size_t i = 0; i < plugin.ninputs; i++)
    if (read_livepatch_modinfo (&plugin.inputs[i], is_livepatch) != 0)
      return -1;
  return 0;
}

/* Whether the plugin can read IN with the model.  */
static bool
is_model_input (const struct klp_plugin_input *in)
{
  return in->info.is_elf64_rel && !in->info.is_lto;
}

/* Open IN as the link will read it: its replacement when claimed.  */
static struct klp_elf *
open_input_model (struct klp_plugin_input *in)
{
  struct klp_elf *elf;
  int fd;

  if (in->claimed)
    return klp_elf_open (in->replacement);
  fd = open (in->name, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    {
      say (LDPL_ERROR, in->name, "cannot open: %s", strerror (errno));
      return NULL;
    }
  elf = klp_elf_open_fd (display_name (in, fd), fd, in->offset, in->size);
  close (fd);
  return elf;
}

static void
close_link (struct klp_plugin_link *link)
{
  if (link->models)
    for (size_t i = 0; i < plugin.ninputs; i++)
      klp_elf_close (link->models[i]);
  free (link->models);
  free (link->defs);
  klp_htab_free (&link->by_name);
  memset (link, 0, sizeof *link);
}

static bool
is_defined_global (const struct klp_symbol *sym)
{
  return !sym->removed && !is_local_symbol (sym) && sym->shndx != SHN_UNDEF
	 && GELF_ST_TYPE (sym->sym.st_info) != STT_SECTION;
}

static const struct klp_plugin_def *
find_def_by_name (const struct klp_plugin_link *link, const char *name)
{
  uint64_t hash = klp_hash_str (name);
  struct klp_plugin_def *def;

  klp_htab_for_each (&link->by_name, hash, def, struct klp_plugin_def, node)
    if (strcmp (def->name, name) == 0)
      return def;
  return NULL;
}

/* Open every input the model reads, and index the names they define
   (the first definition of each name, in link order).  */
static int
open_link (struct klp_plugin_link *link)
{
  size_t nsyms = 0;

  memset (link, 0, sizeof *link);
  link->models = klp_xcalloc (NULL, plugin.ninputs, sizeof *link->models);
  if (!link->models)
    return -1;
  for (size_t i = 0; i < plugin.ninputs; i++)
    {
      if (!is_model_input (&plugin.inputs[i]))
	continue;
      link->models[i] = open_input_model (&plugin.inputs[i]);
      if (!link->models[i])
	return -1;
      nsyms += link->models[i]->nsyms;
    }
  link->defs = klp_xcalloc (NULL, nsyms, sizeof *link->defs);
  if (!link->defs || klp_htab_init (&link->by_name, nsyms) != 0)
    {
      say (LDPL_ERROR, NULL, "out of memory");
      return -1;
    }
  for (size_t i = 0; i < plugin.ninputs; i++)
    {
      struct klp_symbol *sym;
      if (!link->models[i])
	continue;
      klp_for_each_symbol (link->models[i], sym)
	{
	  struct klp_plugin_def *def;
	  if (!is_defined_global (sym) || find_def_by_name (link, sym->name))
	    continue;
	  def = &link->defs[link->ndefs++];
	  def->name = sym->name;
	  def->input = i;
	  klp_htab_add (&link->by_name, klp_hash_str (def->name), &def->node);
	}
    }
  return 0;
}

/* The definitions of the annotated names: each name a renamed symbol
   had, once, and the first input that defines it, in link order.  */
struct klp_plugin_annotated_defs
{
  struct klp_plugin_def *defs;	/* .name owned by the inputs' old_names;
				   .input NO_INPUT when nothing defines
				   the name.  */
  size_t ndefs;
  struct klp_htab by_name;
  size_t input;			/* The input being scanned.  */
  bool is_definer;		/* It defines an annotated name.  */
};

#define NO_INPUT SIZE_MAX

static struct klp_plugin_def *
find_annotated_def_by_name (const struct klp_plugin_annotated_defs *ad,
			    const char *name)
{
  uint64_t hash = klp_hash_str (name);
  struct klp_plugin_def *def;

  klp_htab_for_each (&ad->by_name, hash, def, struct klp_plugin_def, node)
    if (strcmp (def->name, name) == 0)
      return def;
  return NULL;
}

/* klp_scan_defined_globals' callback.  */
static void
note_annotated_def (void *data, const char *name)
{
  struct klp_plugin_annotated_defs *ad = data;
  struct klp_plugin_def *def = find_annotated_def_by_name (ad, name);

  if (def && def->input == NO_INPUT)
    {
      def->input = ad->input;
      ad->is_definer = true;
    }
}

/* Learn which input defines each annotated name, from the inputs'
   symbol tables alone: the few annotated names are looked up in them,
   and no input is opened with the model (which would cost, in a link of
   many objects, a sizeable part of the link).  The inputs are read as
   ld offered them: a rewritten object defines what its replacement
   does, since renaming touches undefined symbols only.  */
static int
find_annotated_defs (struct klp_plugin_annotated_defs *ad)
{
  size_t nnames = 0;

  for (size_t i = 0; i < plugin.ninputs; i++)
    nnames += plugin.inputs[i].nrenamed;
  if (nnames == 0)
    return 0;			/* Nothing renamed (an annotated archive
				   whose symbols already had klp names). */
  ad->defs = klp_xcalloc (NULL, nnames, sizeof *ad->defs);
  if (!ad->defs || klp_htab_init (&ad->by_name, nnames) != 0)
    {
      say (LDPL_ERROR, NULL, "out of memory");
      return -1;
    }
  for (size_t i = 0; i < plugin.ninputs; i++)
    {
      struct klp_plugin_input *in = &plugin.inputs[i];
      for (size_t j = 0; j < in->nrenamed; j++)
	{
	  struct klp_plugin_def *def;
	  if (find_annotated_def_by_name (ad, in->old_names[j]))
	    continue;
	  def = &ad->defs[ad->ndefs++];
	  def->name = in->old_names[j];
	  def->input = NO_INPUT;
	  klp_htab_add (&ad->by_name, klp_hash_str (def->name), &def->node);
	}
    }
  for (size_t i = 0; i < plugin.ninputs; i++)
    {
      struct klp_plugin_input *in = &plugin.inputs[i];
      int fd, ret;

      if (!is_model_input (in))
	continue;
      fd = open (in->name, O_RDONLY | O_CLOEXEC);
      if (fd < 0)
	{
	  say (LDPL_ERROR, in->name, "cannot open: %s", strerror (errno));
	  return -1;
	}
      ad->input = i;
      ad->is_definer = false;
      ret = klp_scan_defined_globals (in->display ? in->display : in->name,
				      fd, in->offset, in->size,
				      note_annotated_def, ad);
      /* The warnings name the input as a member of its archive.  */
      if (ret == 0 && ad->is_definer)
	display_name (in, fd);
      close (fd);
      if (ret != 0)
	return -1;
    }
  return 0;
}

/* Warn about each renamed symbol whose old name another input defines:
   in a link without the plugin, the definition would have satisfied the
   reference; with it, the annotation wins.  */
static int
warn_defined_annotated_names (void)
{
  struct klp_plugin_annotated_defs ad = { 0 };
  int ret = find_annotated_defs (&ad);

  for (size_t i = 0; ret == 0 && i < plugin.ninputs; i++)
    {
      struct klp_plugin_input *in = &plugin.inputs[i];
      for (size_t j = 0; j < in->nrenamed; j++)
	{
	  const struct klp_plugin_def *def
	    = find_annotated_def_by_name (&ad, in->old_names[j]);
	  const struct klp_plugin_input *definer;
	  if (!def || def->input == NO_INPUT)
	    continue;
	  definer = &plugin.inputs[def->input];
	  say (LDPL_WARNING, in->display, "'%s' is annotated, but '%s' of "
	       "the same link defines it: the annotation wins, this object "
	       "uses '%s'", in->old_names[j],
	       definer->display ? definer->display : definer->name,
	       in->new_names[j]);
	}
    }
  free (ad.defs);
  klp_htab_free (&ad.by_name);
  return ret;
}

static bool
is_defined_elsewhere (void *data, const char *name)
{
  return find_def_by_name (data, name) != NULL;
}

/* Load the symbol map and Module.symvers: the files the options name,
   else the default files when they exist.  */
static int
load_symbol_files (void)
{
  const char *symbols = plugin.symbols_path;
  const char *symvers = plugin.symvers_path;

  if (!symbols && access (DEFAULT_SYMBOLS, F_OK) == 0)
    symbols = DEFAULT_SYMBOLS;
  if (!symvers && access (DEFAULT_SYMVERS, F_OK) == 0)
    symvers = DEFAULT_SYMVERS;
  if (symbols && !plugin.map)
    {
      plugin.map = klp_symmap_load (symbols);
      if (!plugin.map)
	return -1;
      say (LDPL_INFO, symbols, "%zu symbols of %zu objects",
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

/* The final link of a livepatch module: check every input as the
   conversion will see it, so that the link fails now, before the output
   is written, if the conversion cannot succeed.  */
static int
check_livepatch (struct klp_plugin_link *link)
{
  struct klp_convert_options opts = {
    .map = plugin.map,
    .symvers = plugin.symvers,
    .require_livepatch_modinfo = false,	/* One input has it.  */
    .is_defined_elsewhere = is_defined_elsewhere,
    .defined_elsewhere_data = link,
  };
  int ret = 0;

  for (size_t i = 0; i < plugin.ninputs; i++)
    if (link->models[i] && klp_convert_check (link->models[i], &opts) != 0)
      ret = -1;
  if (ret != 0)
    say (LDPL_ERROR, plugin.output_name, "cannot be converted into a "
	 "livepatch module (see above); link stopped");
  return ret;
}

static int
add_replacements (void)
{
  for (size_t i = 0; i < plugin.ninputs; i++)
    {
      struct klp_plugin_input *in = &plugin.inputs[i];
      if (!in->claimed)
	continue;
      if (plugin.add_input_file (in->replacement) != LDPS_OK)
	{
	  say (LDPL_ERROR, in->replacement, "ld refused the file");
	  return -1;
	}
    }
  return 0;
}

static enum ld_plugin_status
all_symbols_read (void)
{
  struct klp_plugin_link link = { 0 };
  bool livepatch = false;
  int ret = 0;

  if (!is_relocatable_link ())
    return LDPS_OK;
  /* Is this the final link of a livepatch module?  */
  if (!plugin.no_convert && is_final_module_link ()
      && find_livepatch_modinfo (&livepatch) != 0)
    return LDPS_ERR;
  /* Warn about annotated names that other inputs define (reading their
     symbol tables only), and, in the final link of a livepatch module,
     open every input with the model and check the conversion.  */
  if (plugin.claiming && warn_defined_annotated_names () != 0)
    ret = -1;
  if (ret == 0 && livepatch)
    {
      if (open_link (&link) != 0 || load_symbol_files () != 0
	  || check_livepatch (&link) != 0)
	ret = -1;
      close_link (&link);
    }
  /* Hand ld the replacements of the claimed objects.  */
  if (ret == 0 && plugin.claiming)
    ret = add_replacements ();
  plugin.convert_at_cleanup = ret == 0 && livepatch;
  return ret == 0 ? LDPS_OK : LDPS_ERR;
}

/* --------------------------------------------------------------------
   cleanup.
   -------------------------------------------------------------------- */

/* Whether the output is a whole ELF object.  ld does not tell the
   plugin whether the link failed: ld.bfd writes the ELF header when it
   closes the output, which a failed link never does (it removes the
   output after this hook); gold writes a failed output whole and removes
   it after this hook too.  */
static bool
is_complete_output (void)
{
  struct klp_input_info info;
  struct stat st;
  bool complete = false;
  int fd = open (plugin.output_name, O_RDONLY | O_CLOEXEC);

  if (fd < 0)
    return false;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode)
      && klp_inspect_input (plugin.output_name, fd, 0, st.st_size, &info) == 0)
    complete = info.is_elf64_rel;
  close (fd);
  return complete;
}

/* Convert the output in place.  Returns 0 or -1 (output removed).  */
static int
convert_output (void)
{
  struct klp_convert_options opts = {
    .map = plugin.map,
    .symvers = plugin.symvers,
    .require_livepatch_modinfo = true,
  };

  if (!is_complete_output ())
    {
      say (LDPL_INFO, plugin.output_name, "not converted: the link failed");
      return 0;
    }
  if (klp_convert_file (plugin.output_name, plugin.output_name, &opts) != 0)
    {
      unlink (plugin.output_name);
      return -1;
    }
  say (LDPL_INFO, plugin.output_name, "converted into a livepatch module");
  return 0;
}

static void
remove_temps (void)
{
  for (size_t i = 0; i < plugin.ntemps; i++)
    {
      if (plugin.save_temps)
	say (LDPL_INFO, plugin.temps[i], "kept (save-temps)");
      else
	unlink (plugin.temps[i]);
      free (plugin.temps[i]);
    }
  free (plugin.temps);
  plugin.temps = NULL;
  plugin.ntemps = plugin.temps_alloc = 0;
}

static void
free_input (struct klp_plugin_input *in)
{
  for (int i = 0; i < in->nsyms; i++)
    {
      free (in->syms[i].name);
      free (in->syms[i].comdat_key);
    }
  free (in->syms);
  for (size_t i = 0; i < in->nrenamed; i++)
    {
      free (in->old_names[i]);
      free (in->new_names[i]);
    }
  free (in->old_names);
  free (in->new_names);
  free (in->display);
  free (in->name);
}

/* Free everything but ld's callbacks.  */
static void
free_plugin (void)
{
  for (size_t i = 0; i < plugin.ninputs; i++)
    free_input (&plugin.inputs[i]);
  free (plugin.inputs);
  plugin.inputs = NULL;
  plugin.ninputs = plugin.inputs_alloc = 0;
  for (size_t i = 0; i < plugin.narchives; i++)
    free (plugin.archives[i].name);
  free (plugin.archives);
  plugin.archives = NULL;
  plugin.narchives = plugin.archives_alloc = 0;
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
  char fatal[PATH_MAX + 128] = "";
  ld_plugin_message message = plugin.message;

  if (plugin.convert_at_cleanup && convert_output () != 0)
    snprintf (fatal, sizeof fatal, "libklp: %s: the conversion into a "
	      "livepatch module failed (see above); output removed",
	      plugin.output_name);
  remove_temps ();
  free_plugin ();
  klp_diag_set_handler (NULL, NULL);
  if (!fatal[0])
    return LDPS_OK;
  /* ld ignores this hook's status, but ends the link with an error on
     LDPL_FATAL; it may not return.  */
  if (message)
    message (LDPL_FATAL, "%s", fatal);
  else
    fprintf (stderr, "%s\n", fatal);
  return LDPS_ERR;
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
  say (LDPL_ERROR, NULL, "the linker does not provide %s; libklp needs "
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
  /* Messages first: the options are reported through them.  */
  for (struct ld_plugin_tv *p = tv; p->tv_tag != LDPT_NULL; p++)
    if (p->tv_tag == LDPT_MESSAGE)
      plugin.message = p->tv_u.tv_message;
  klp_diag_set_program ("libklp");
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
      say (LDPL_ERROR, NULL, "the linker's plugin API version is %d, "
	   "libklp knows version %d", api_version, LD_PLUGIN_API_VERSION);
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
      say (LDPL_ERROR, NULL, "the linker refused to register a hook");
      free_plugin ();
      return LDPS_ERR;
    }
  return LDPS_OK;
}
