/* klp-symbols: write the symbol map of a target kernel, klp-symbols(5),
   from a kernel build tree or from what a distribution ships.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The passes (main):
   1. read the command line;
   2. read Module.symvers and the System.map or kallsyms dump, if given;
   3. list the module files (modules.order, or the modules directories);
   4. read vmlinux and every module file in parallel threads: each work
      item reads its object and formats its part of the map; diagnostics
      are kept with the item, so they come out in a fixed order;
   5. gather the objects: the files' ones, then vmlinux and the modules of
      the text lists that no file gave; refuse two objects of one name;
   6. sort them (vmlinux first, then modules by name) and write the map
      through a temporary file.
   Nothing is written unless every step succeeded.  */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "array.h"
#include "cli.h"
#include "decompress.h"
#include "diag.h"
#include "fileio.h"
#include "kallsyms.h"
#include "mapwrite.h"
#include "objsyms.h"
#include "strutil.h"
#include "symmap.h"
#include "textfile.h"

#define PROGRAM "klp-symbols"

#define MAX_JOBS 256

struct cli
{
  const char *vmlinux;
  const char *system_map;
  const char *kallsyms;
  const char **modules_dirs;	/* [nmodules_dirs].  */
  size_t nmodules_dirs, modules_dirs_alloc;
  const char *modules_order;
  const char *symvers;
  const char *output;		/* NULL: standard output.  */
  enum klp_map_format format;
  enum klp_modsyms_table table;
  enum klp_percpu_mode percpu;
  unsigned int jobs;		/* 0: one per CPU.  */
  size_t decompress_limit;	/* 0: the default.  */
  bool verbose;
  bool skip_broken_links;	/* --skip-broken-links.  */
  char *owned[3];		/* Paths made from --build-tree.  */
};

enum
{
  OPT_VMLINUX = 256,
  OPT_SYSTEM_MAP,
  OPT_KALLSYMS,
  OPT_MODULES_DIR,
  OPT_MODULES_ORDER,
  OPT_BUILD_TREE,
  OPT_FORMAT,
  OPT_MODULE_TABLE,
  OPT_PERCPU,
  OPT_SKIP_BROKEN_LINKS,
  OPT_DECOMPRESS_LIMIT
};

static const struct option long_options[] = {
  { "vmlinux", required_argument, NULL, OPT_VMLINUX },
  { "system-map", required_argument, NULL, OPT_SYSTEM_MAP },
  { "kallsyms", required_argument, NULL, OPT_KALLSYMS },
  { "modules-dir", required_argument, NULL, OPT_MODULES_DIR },
  { "modules-order", required_argument, NULL, OPT_MODULES_ORDER },
  { "skip-broken-links", no_argument, NULL, OPT_SKIP_BROKEN_LINKS },
  { "build-tree", required_argument, NULL, OPT_BUILD_TREE },
  { "symvers", required_argument, NULL, 'm' },
  { "format", required_argument, NULL, OPT_FORMAT },
  { "module-table", required_argument, NULL, OPT_MODULE_TABLE },
  { "absolute-percpu", required_argument, NULL, OPT_PERCPU },
  { "jobs", required_argument, NULL, 'j' },
  { "decompress-limit", required_argument, NULL, OPT_DECOMPRESS_LIMIT },
  { "output", required_argument, NULL, 'o' },
  { "verbose", no_argument, NULL, 'v' },
  { "help", no_argument, NULL, 'h' },
  { "version", no_argument, NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

static void
print_help (void)
{
  printf ("Usage: %s [OPTION]... [-o MAP]\n", PROGRAM);
  fputs ("\
Write the symbol map of a target kernel (klp-symbols(5)): for vmlinux and\n\
each module, every symbol the kernel's livepatch core can resolve, in the\n\
order in which it counts symbol positions, with its type, export and\n\
source file.\n\
\n\
Input, from a kernel build tree:\n\
      --build-tree=DIR    DIR/vmlinux, DIR/modules.order and, if present,\n\
                          DIR/Module.symvers\n\
      --vmlinux=FILE      the vmlinux ELF file (not stripped)\n\
      --modules-order=FILE  the modules listed in FILE (a modules.order;\n\
                          paths relative to --modules-dir if given, else\n\
                          to FILE's directory)\n\
Input, from what a distribution ships:\n\
      --system-map=FILE   vmlinux's System.map\n\
      --kallsyms=FILE     a copy of /proc/kallsyms of the running target\n\
                          kernel: vmlinux, and the modules loaded then\n\
      --modules-dir=DIR   every module under DIR (*.ko, *.ko.xz,\n\
                          *.ko.zst, *.ko.gz); may be repeated\n\
      --skip-broken-links  leave out, with a warning, what is named like\n\
                          a module file under DIR but is not one (a\n\
                          dangling symbolic link...), instead of failing\n\
  -m, --symvers=FILE      Module.symvers, for exports\n\
Module files take precedence over a kallsyms dump's modules; with\n\
--vmlinux or --system-map, a dump's vmlinux symbols must match them.\n\
Livepatch modules (modinfo livepatch=Y) are left out.\n\
\n\
Output:\n\
  -o, --output=MAP        write the map to MAP (through a temporary file,\n\
                          renamed only on success); default: standard\n\
                          output\n\
      --format=FORMAT     'libklp' (klp-symbols(5), the default) or\n\
                          'patchset' (klp-convert-symbol-data.0.1)\n\
      --module-table=TABLE  the modules' symbols as the kernel counts them\n\
                          'loaded' (the default: after the module's init,\n\
                          as /proc/kallsyms shows them) or 'loading'\n\
                          (while it loads: late module patching)\n\
      --absolute-percpu=WHEN  show per-CPU symbols of vmlinux as 'A'\n\
                          (CONFIG_KALLSYMS_ABSOLUTE_PERCPU): 'yes', 'no',\n\
                          or 'guess' (the default: when they start at 0)\n\
  -j, --jobs=N            read N files at a time (default: one per CPU)\n\
      --decompress-limit=SIZE  the most memory that decompressed modules\n\
                          take at once, in all jobs together (default 2G;\n\
                          at least 1M; suffixes K, M, G): a module that\n\
                          does not fit beside the others waits, one that\n\
                          does not fit alone is an error\n\
  -v, --verbose           say what is left out and why\n\
  -h, --help              display this help and exit\n\
  -V, --version           output version information and exit\n\
\n\
Exit status:\n\
  0  the map was written\n\
  1  an error occurred; no map was written\n\
  2  the command line is invalid\n\
\n", stdout);
  printf ("See klp-symbols(1).\nReport bugs to: <%s>\n", PACKAGE_BUGREPORT);
}


static void
free_cli (struct cli *cli)
{
  free (cli->modules_dirs);
  for (size_t i = 0; i < sizeof cli->owned / sizeof cli->owned[0]; i++)
    free (cli->owned[i]);
}

static bool
is_existing_file (const char *path)
{
  return access (path, F_OK) == 0;
}

/* --build-tree=DIR fills what was not given: DIR/vmlinux (unless
   --system-map), DIR/modules.order and DIR/Module.symvers if they
   exist.  */
static int
apply_build_tree (struct cli *cli, const char *dir)
{
  const char *names[] = { "vmlinux", "modules.order", "Module.symvers" };
  const char **slots[] = { &cli->vmlinux, &cli->modules_order,
			   &cli->symvers };

  for (size_t i = 0; i < 3; i++)
    {
      free (cli->owned[i]);
      cli->owned[i] = NULL;
      if (*slots[i] || (i == 0 && cli->system_map))
	continue;
      cli->owned[i] = klp_xasprintf (NULL, "%s/%s", dir, names[i]);
      if (!cli->owned[i])
	return KLP_EXIT_ERROR;
      if (i == 0 || is_existing_file (cli->owned[i]))
	*slots[i] = cli->owned[i];
    }
  return KLP_CLI_CONTINUE;
}

/* Parse the keyword ARG of OPTION among WORDS (NULL-terminated); store
   its index in *INDEX.  */
static int
parse_keyword (const char *option, const char *arg, const char *const *words,
	       int *index)
{
  char message[256];

  for (int i = 0; words[i]; i++)
    if (strcmp (arg, words[i]) == 0)
      {
	*index = i;
	return KLP_CLI_CONTINUE;
      }
  snprintf (message, sizeof message, "invalid argument '%s' for '--%s'",
	    arg, option);
  return klp_cli_usage_error (PROGRAM, message);
}

/* A size: digits, then K, M or G (powers of 1024), or nothing
   (bytes).  */
static int
parse_size (const char *arg, size_t *size)
{
  unsigned long long n;
  unsigned int shift = 0;
  char *end;

  if (*arg < '0' || *arg > '9')
    return -1;
  errno = 0;
  n = strtoull (arg, &end, 10);
  if (errno)
    return -1;
  switch (*end)
    {
    case '\0':
      break;
    case 'K':
      shift = 10;
      break;
    case 'M':
      shift = 20;
      break;
    case 'G':
      shift = 30;
      break;
    default:
      return -1;
    }
  if (*end && end[1])
    return -1;
  if (n > (SIZE_MAX >> shift))
    return -1;
  *size = (size_t) n << shift;
  return 0;
}

static int
parse_command_line (int argc, char **argv, struct cli *cli)
{
  static const char *const formats[] = { "libklp", "patchset", NULL };
  static const char *const tables[] = { "loaded", "loading", NULL };
  static const char *const percpu[] = { "guess", "yes", "no", NULL };
  const char *build_tree = NULL;
  char message[256];
  int c, index, status;

  opterr = 0;
  while ((c = getopt_long (argc, argv, ":m:j:o:vhV", long_options, NULL))
	 != -1)
    {
      status = KLP_CLI_CONTINUE;
      switch (c)
	{
	case OPT_VMLINUX:
	  cli->vmlinux = optarg;
	  break;
	case OPT_SYSTEM_MAP:
	  cli->system_map = optarg;
	  break;
	case OPT_KALLSYMS:
	  cli->kallsyms = optarg;
	  break;
	case OPT_MODULES_DIR:
	  if (klp_array_reserve (NULL, cli->modules_dirs,
				 cli->modules_dirs_alloc,
				 cli->nmodules_dirs + 1) < 0)
	    return KLP_EXIT_ERROR;
	  cli->modules_dirs[cli->nmodules_dirs++] = optarg;
	  break;
	case OPT_MODULES_ORDER:
	  cli->modules_order = optarg;
	  break;
	case OPT_SKIP_BROKEN_LINKS:
	  cli->skip_broken_links = true;
	  break;
	case OPT_BUILD_TREE:
	  build_tree = optarg;
	  break;
	case 'm':
	  cli->symvers = optarg;
	  break;
	case OPT_FORMAT:
	  status = parse_keyword ("format", optarg, formats, &index);
	  cli->format = (index == 0 ? KLP_MAP_FORMAT_LIBKLP
			 : KLP_MAP_FORMAT_PATCHSET);
	  break;
	case OPT_MODULE_TABLE:
	  status = parse_keyword ("module-table", optarg, tables, &index);
	  cli->table = index == 0 ? KLP_MODSYMS_LOADED : KLP_MODSYMS_LOADING;
	  break;
	case OPT_PERCPU:
	  status = parse_keyword ("absolute-percpu", optarg, percpu, &index);
	  cli->percpu = (index == 0 ? KLP_PERCPU_GUESS : index == 1
			 ? KLP_PERCPU_ABSOLUTE : KLP_PERCPU_RELATIVE);
	  break;
	case 'j':
	  {
	    char *end;
	    unsigned long n;

	    errno = 0;
	    n = strtoul (optarg, &end, 10);
	    if (errno || end == optarg || *end || n == 0 || n > MAX_JOBS
		|| optarg[0] == '-')
	      {
		snprintf (message, sizeof message, "invalid number of jobs "
			  "'%s' (expected 1 to %d)", optarg, MAX_JOBS);
		return klp_cli_usage_error (PROGRAM, message);
	      }
	    cli->jobs = n;
	  }
	  break;
	case OPT_DECOMPRESS_LIMIT:
	  if (parse_size (optarg, &cli->decompress_limit) < 0
	      || cli->decompress_limit < ((size_t) 1 << 20))
	    {
	      snprintf (message, sizeof message, "invalid size '%s' for "
			"'--decompress-limit' (expected at least 1M)",
			optarg);
	      return klp_cli_usage_error (PROGRAM, message);
	    }
	  break;
	case 'o':
	  cli->output = optarg;
	  break;
	case 'v':
	  cli->verbose = true;
	  break;
	case 'h':
	  return klp_cli_help (print_help);
	case 'V':
	  return klp_cli_version (PROGRAM);
	default:
	  return klp_cli_option_error (PROGRAM, c, argv);
	}
      if (status != KLP_CLI_CONTINUE)
	return status;
    }
  if (optind < argc)
    {
      snprintf (message, sizeof message, "extra operand '%s'", argv[optind]);
      return klp_cli_usage_error (PROGRAM, message);
    }
  if (cli->vmlinux && cli->system_map)
    return klp_cli_usage_error (PROGRAM, "give only one of '--vmlinux' and "
				"'--system-map'");
  if (build_tree
      && (status = apply_build_tree (cli, build_tree)) != KLP_CLI_CONTINUE)
    return status;
  if (!cli->vmlinux && !cli->system_map && !cli->kallsyms
      && !cli->nmodules_dirs && !cli->modules_order)
    return klp_cli_usage_error (PROGRAM, "no input: give '--build-tree', or "
				"'--vmlinux', '--system-map', '--kallsyms', "
				"'--modules-dir' or '--modules-order'");
  if (cli->nmodules_dirs > 1 && cli->modules_order)
    return klp_cli_usage_error (PROGRAM, "'--modules-order' takes at most "
				"one '--modules-dir'");
  return KLP_CLI_CONTINUE;
}

/* ------------------------------------------------------------------ */
/* Finding the module files.                                          */
/* ------------------------------------------------------------------ */

struct path_list
{
  char **v;
  size_t n, alloc;
};

static void
free_path_list (struct path_list *l)
{
  for (size_t i = 0; i < l->n; i++)
    free (l->v[i]);
  free (l->v);
}

/* Append PATH (ownership passes).  */
static int
add_path (struct path_list *l, char *path)
{
  if (!path)
    return -1;
  if (klp_array_reserve (NULL, l->v, l->alloc, l->n + 1) < 0)
    {
      free (path);
      return -1;
    }
  l->v[l->n++] = path;
  return 0;
}

/* Report the entry PATH of a modules directory, named like a module
   file, that is not one (ST its lstat): a dangling or looping symbolic
   link, a link to something other than a regular file, a file that is
   not a regular file.  An error, or a warning with
   --skip-broken-links.  Returns whether PATH is a module file after
   all (a link to a regular file).  */
static bool
check_module_entry (const char *path, const struct stat *st,
		    bool skip, size_t *nbroken)
{
  enum klp_severity severity = skip ? KLP_WARNING : KLP_ERROR;
  const char *left_out = skip ? ", left out" : "";
  struct stat target;

  if (S_ISREG (st->st_mode))
    return true;
  if (!S_ISLNK (st->st_mode))
    klp_diag (severity, path, "is not a regular file (%s)%s",
	      klp_file_type_name (st->st_mode), left_out);
  else if (stat (path, &target) == 0)
    {
      if (S_ISREG (target.st_mode))
	return true;
      klp_diag (severity, path, "symbolic link to %s, not a module "
		"file%s", klp_file_type_name (target.st_mode), left_out);
    }
  else if (errno == ENOENT)
    {
      char to[PATH_MAX];
      ssize_t n = readlink (path, to, sizeof to - 1);

      to[n > 0 ? n : 0] = '\0';
      klp_diag (severity, path, "dangling symbolic link to '%s'%s", to,
		left_out);
    }
  else
    klp_diag (severity, path, "cannot follow the symbolic link: %s%s",
	      strerror (errno), left_out);
  (*nbroken)++;
  return false;
}

/* Directory entries in byte order, whatever the locale: messages come
   in the same order on every file system.  */
static int
compare_dirents (const struct dirent **a, const struct dirent **b)
{
  return strcmp ((*a)->d_name, (*b)->d_name);
}

static int
is_not_dot (const struct dirent *e)
{
  return strcmp (e->d_name, ".") != 0 && strcmp (e->d_name, "..") != 0;
}

/* Add the module files under DIR (recursively, not following symbolic
   links to directories); count the entries that look like module files
   but are not in *NBROKEN (check_module_entry).  */
static int
find_modules_in (const char *dir, bool skip, struct path_list *l,
		 size_t *nbroken)
{
  struct dirent **entries;
  int n = scandir (dir, &entries, is_not_dot, compare_dirents);
  int ret = 0;

  if (n < 0)
    {
      klp_error (dir, "cannot read the directory: %s", strerror (errno));
      return -1;
    }
  for (int i = 0; ret == 0 && i < n; i++)
    {
      const char *name = entries[i]->d_name;
      struct stat st;
      char *path = klp_xasprintf (dir, "%s/%s", dir, name);

      if (!path)
	{
	  ret = -1;
	  break;
	}
      if (lstat (path, &st) < 0)
	{
	  klp_error (path, "cannot read: %s", strerror (errno));
	  free (path);
	  ret = -1;
	  break;
	}
      if (S_ISDIR (st.st_mode))
	{
	  ret = find_modules_in (path, skip, l, nbroken);
	  free (path);
	}
      else if (klp_is_module_file_name (name)
	       && check_module_entry (path, &st, skip, nbroken))
	ret = add_path (l, path);
      else
	free (path);
    }
  for (int i = 0; i < n; i++)
    free (entries[i]);
  free (entries);
  return ret;
}

static int
compare_paths (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The module files of the modules directories DIRS[0..N); SKIP: leave
   out what looks like a module file but is not one.  */
static int
find_modules (const char *const *dirs, size_t n, bool skip,
	      struct path_list *l)
{
  size_t nbroken = 0;

  for (size_t i = 0; i < n; i++)
    {
      size_t before = l->n, broken_before = nbroken;
      struct stat st;

      if (stat (dirs[i], &st) < 0)
	{
	  klp_error (dirs[i], "cannot read the directory: %s",
		     strerror (errno));
	  return -1;
	}
      if (!S_ISDIR (st.st_mode))
	{
	  klp_error (dirs[i], "not a directory");
	  return -1;
	}
      if (find_modules_in (dirs[i], skip, l, &nbroken) < 0)
	return -1;
      if (l->n == before && (skip || nbroken == broken_before))
	{
	  klp_error (dirs[i], "no kernel modules (*.ko, *.ko.xz, *.ko.zst, "
		     "*.ko.gz) in this directory");
	  return -1;
	}
    }
  if (nbroken && !skip)
    {
      klp_error (NULL, "%zu module file%s cannot be read (see above); "
		 "'--skip-broken-links' leaves such files out of the map",
		 nbroken, nbroken == 1 ? "" : "s");
      return -1;
    }
  qsort (l->v, l->n, sizeof *l->v, compare_paths);
  return 0;
}

/* The file of the module ENTRY of modules.order (".ko", or ".o" as
   newer kernels write it), under BASE: the file itself or a compressed
   copy, in *PATH (NULL if there is none).  Returns 0, or -1 after an
   error.  */
static int
find_module_file (const char *base, const char *entry, char **path)
{
  static const char *const suffixes[] = { "", ".xz", ".zst", ".gz" };
  size_t len = strlen (entry);

  if (klp_has_suffix (entry, ".o"))
    len -= 2;
  for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
    {
      *path = klp_xasprintf (NULL, "%s%s%.*s%s%s", base ? base : "",
			     base ? "/" : "", (int) len, entry,
			     len < strlen (entry) ? ".ko" : "", suffixes[i]);
      if (!*path)
	return -1;
      if (access (*path, F_OK) == 0)
	return 0;
      free (*path);
    }
  *path = NULL;
  return 0;
}

/* The modules that modules.order PATH lists, relative to BASE (or to
   PATH's directory).  */
static int
read_modules_order (const char *path, const char *base, struct path_list *l)
{
  struct klp_lines lines;
  char *buf, *line, *dir = NULL;
  size_t size;
  bool error = false;
  int ret = 0;

  if (klp_read_text_file (path, &buf, &size) < 0)
    return -1;
  if (klp_lines_init (&lines, path, buf, size, NULL) < 0)
    {
      free (buf);
      return -1;
    }
  if (!base)
    {
      const char *slash = strrchr (path, '/');
      if (slash)
	{
	  dir = klp_xstrndup (path, path, slash - path);
	  if (!dir)
	    ret = -1;
	  base = dir;
	}
    }
  while (ret == 0 && (line = klp_lines_next (&lines, &error)))
    {
      char *file;

      if (line[0] == '\0')
	continue;
      if (strpbrk (line, " \t\v\f\r"))
	{
	  klp_lines_error (&lines, "malformed line: expected the path of "
			   "one module");
	  ret = -1;
	}
      else if (!klp_has_suffix (line, ".ko") && !klp_has_suffix (line, ".o"))
	{
	  klp_lines_error (&lines, "'%s' is not a module (*.ko or *.o)",
			   line);
	  ret = -1;
	}
      else if (find_module_file (line[0] == '/' ? NULL : base, line, &file)
	       < 0)
	ret = -1;
      else if (!file)
	{
	  klp_lines_error (&lines, "module '%s' not found", line);
	  ret = -1;
	}
      else
	ret = add_path (l, file);
    }
  if (error)
    ret = -1;
  free (dir);
  free (buf);
  return ret;
}

/* ------------------------------------------------------------------ */
/* Reading objects in parallel.                                       */
/* ------------------------------------------------------------------ */

/* A diagnostic kept until it can be printed in order.  */
struct message
{
  enum klp_severity severity;
  char *file;
  char *text;
};

/* One file to read.  */
struct work_item
{
  const char *path;
  bool is_vmlinux;
  /* Results.  */
  bool failed;
  bool is_livepatch;
  char *name;			/* Object name.  */
  struct klp_objsyms *vmlinux;	/* Kept for the check against a dump.  */
  struct klp_strbuf chunk;	/* Its part of the map.  */
  size_t nsyms, nskipped;
  struct message *messages;
  size_t nmessages;
};

struct work
{
  struct work_item *items;
  size_t nitems;
  const struct cli *cli;
  const struct klp_symvers *symvers;
  atomic_size_t next;		/* Next item to take.  */
  atomic_size_t done;		/* Items finished.  */
  pthread_mutex_t lock;
  pthread_cond_t progress;
};

static _Thread_local struct work_item *current_item;

/* The diagnostic handler while threads run: keep a message with the item
   it is about.  A message about no item (none is expected then), or one
   that cannot be kept for want of memory, is printed at once: out of
   order, but not lost.  The memory is allocated directly, not with the
   checked allocators, which report their failures through this very
   handler.  */
static void
keep_message (void *data, enum klp_severity severity, const char *file,
	      const char *text)
{
  struct work_item *item = current_item;
  struct message *m;

  if (!item)
    {
      klp_diag_print (data, severity, file, text);
      return;
    }
  m = realloc (item->messages, (item->nmessages + 1) * sizeof *m);
  if (m)
    {
      item->messages = m;
      m = &item->messages[item->nmessages];
      m->severity = severity;
      m->file = file ? strdup (file) : NULL;
      m->text = strdup (text);
      if (m->text && (m->file || !file))
	{
	  item->nmessages++;
	  return;
	}
      free (m->file);
      free (m->text);
    }
  klp_diag_print (data, severity, file, text);
}

/* Print the kept messages of ITEM and forget them.  */
static void
print_messages (struct work_item *item)
{
  for (size_t i = 0; i < item->nmessages; i++)
    {
      klp_diag_emit (item->messages[i].severity, item->messages[i].file,
		     item->messages[i].text);
      free (item->messages[i].file);
      free (item->messages[i].text);
    }
  free (item->messages);
  item->messages = NULL;
  item->nmessages = 0;
}

/* Read the object of ITEM and format its part of the map.  */
static void
process_item (struct work *w, struct work_item *item)
{
  struct klp_objsyms *obj;

  if (item->is_vmlinux)
    obj = klp_objsyms_read_vmlinux (item->path, w->cli->percpu);
  else
    obj = klp_objsyms_read_module (item->path, w->cli->table);
  if (!obj)
    {
      item->failed = true;
      return;
    }
  item->is_livepatch = obj->is_livepatch;
  item->name = klp_xstrdup (item->path, obj->name);
  if (!item->name)
    item->failed = true;
  else if (!item->is_livepatch)
    {
      if (w->symvers)
	klp_objsyms_add_symvers_exports (obj, w->symvers);
      item->nsyms = obj->nsyms;
      if (klp_mapwrite_object (w->cli->format, obj, &item->chunk,
			       &item->nskipped) < 0)
	item->failed = true;
    }
  if (item->is_vmlinux)
    item->vmlinux = obj;
  else
    klp_objsyms_free (obj);
}

static void *
worker (void *data)
{
  struct work *w = data;

  for (;;)
    {
      size_t i = atomic_fetch_add (&w->next, 1);

      if (i >= w->nitems)
	break;
      current_item = &w->items[i];
      process_item (w, &w->items[i]);
      current_item = NULL;
      /* Wake the main thread only at the end: it polls for progress.  */
      if (atomic_fetch_add (&w->done, 1) + 1 == w->nitems)
	{
	  pthread_mutex_lock (&w->lock);
	  pthread_cond_signal (&w->progress);
	  pthread_mutex_unlock (&w->lock);
	}
    }
  return NULL;
}

static unsigned int
default_jobs (void)
{
  long n = sysconf (_SC_NPROCESSORS_ONLN);

  return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (unsigned int) n;
}

/* Wait for the workers, showing progress on a terminal.  */
static void
wait_for_work (struct work *w, bool show_progress)
{
  size_t shown = (size_t) -1;
  int width = 0;

  pthread_mutex_lock (&w->lock);
  while (atomic_load (&w->done) < w->nitems)
    {
      struct timespec t;

      if (show_progress && atomic_load (&w->done) != shown)
	{
	  shown = atomic_load (&w->done);
	  width = fprintf (stderr, "\r%s: reading objects: %zu/%zu", PROGRAM,
			   shown, w->nitems);
	}
      clock_gettime (CLOCK_REALTIME, &t);
      t.tv_nsec += 100 * 1000 * 1000;
      if (t.tv_nsec >= 1000 * 1000 * 1000)
	{
	  t.tv_sec++;
	  t.tv_nsec -= 1000 * 1000 * 1000;
	}
      pthread_cond_timedwait (&w->progress, &w->lock, &t);
    }
  pthread_mutex_unlock (&w->lock);
  if (show_progress && width > 0)
    fprintf (stderr, "\r%*s\r", width, "");
}

/* Pass 4: read every item, in parallel threads (the items record their
   results and diagnostics).  */
static void
read_items (struct work *w, unsigned int jobs)
{
  pthread_t threads[MAX_JOBS];
  unsigned int started = 0;

  if (w->nitems == 0)
    return;
  if (jobs > w->nitems)
    jobs = w->nitems;
  atomic_init (&w->next, 0);
  atomic_init (&w->done, 0);
  pthread_mutex_init (&w->lock, NULL);
  pthread_cond_init (&w->progress, NULL);
  klp_diag_set_handler (keep_message, NULL);
  for (; started < jobs; started++)
    if (pthread_create (&threads[started], NULL, worker, w) != 0)
      break;
  if (started == 0)
    {
      /* No thread at all: do the work here.  */
      worker (w);
    }
  else
    wait_for_work (w, isatty (STDERR_FILENO));
  for (unsigned int i = 0; i < started; i++)
    pthread_join (threads[i], NULL);
  klp_diag_set_handler (NULL, NULL);
  pthread_cond_destroy (&w->progress);
  pthread_mutex_destroy (&w->lock);
}

/* ------------------------------------------------------------------ */
/* Gathering the objects.                                             */
/* ------------------------------------------------------------------ */

/* One object of the map.  */
struct object
{
  const char *name;
  const char *source;		/* The file it came from.  */
  const struct klp_strbuf *chunk;
};

static int
compare_objects (const void *a, const void *b)
{
  const struct object *oa = a, *ob = b;
  bool va = strcmp (oa->name, "vmlinux") == 0;
  bool vb = strcmp (ob->name, "vmlinux") == 0;

  if (va != vb)
    return va ? -1 : 1;
  return strcmp (oa->name, ob->name);
}

/* The objects of the text lists (System.map, kallsyms dump), formatted.  */
struct text_objects
{
  struct klp_objsyms **objs;
  size_t nobjs;
  struct klp_strbuf *chunks;
};

static void
free_text_objects (struct text_objects *t)
{
  for (size_t i = 0; i < t->nobjs; i++)
    {
      klp_objsyms_free (t->objs[i]);
      if (t->chunks)
	klp_strbuf_free (&t->chunks[i]);
    }
  free (t->objs);
  free (t->chunks);
}

/* Append the objects of KS (a System.map if IS_SYSTEM_MAP) to T.  */
static int
read_text_objects (const struct cli *cli, const struct klp_kallsyms *ks,
		   bool is_system_map, struct text_objects *t)
{
  struct klp_objsyms **objs, **all;
  struct klp_strbuf *chunks;
  size_t n;

  if (klp_objsyms_from_kallsyms (ks, is_system_map, cli->percpu, &objs, &n)
      < 0)
    return -1;
  all = klp_xrealloc (NULL, t->objs, (t->nobjs + n + 1) * sizeof *all);
  chunks = all ? klp_xrealloc (NULL, t->chunks,
			       (t->nobjs + n + 1) * sizeof *chunks) : NULL;
  if (all)
    t->objs = all;
  if (chunks)
    t->chunks = chunks;
  if (!all || !chunks)
    {
      for (size_t i = 0; i < n; i++)
	klp_objsyms_free (objs[i]);
      free (objs);
      return -1;
    }
  for (size_t i = 0; i < n; i++)
    {
      memset (&t->chunks[t->nobjs], 0, sizeof *t->chunks);
      t->objs[t->nobjs++] = objs[i];
    }
  free (objs);
  return 0;
}

/* Check that the vmlinux B of a kallsyms dump has the names of A (from
   --vmlinux or --system-map), in the same order.  */
static int
check_same_vmlinux (const struct klp_objsyms *a, const struct klp_objsyms *b)
{
  size_t n = a->nsyms < b->nsyms ? a->nsyms : b->nsyms;

  for (size_t i = 0; i < n; i++)
    if (strcmp (a->syms[i].name, b->syms[i].name) != 0)
      {
	klp_error (b->path, "vmlinux's symbol %zu is '%s', but '%s' in '%s':"
		   " not the same kernel", i + 1, b->syms[i].name,
		   a->syms[i].name, a->path);
	return -1;
      }
  if (a->nsyms != b->nsyms)
    {
      klp_error (b->path, "vmlinux has %zu symbols, but %zu in '%s': not "
		 "the same kernel", b->nsyms, a->nsyms, a->path);
      return -1;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  struct cli cli = { .format = KLP_MAP_FORMAT_LIBKLP,
		     .table = KLP_MODSYMS_LOADED,
		     .percpu = KLP_PERCPU_GUESS };
  struct klp_symvers *symvers = NULL;
  struct klp_kallsyms *sysmap = NULL, *dump = NULL;
  struct text_objects text = { 0 };
  struct path_list files = { 0 };
  struct work w = { 0 };
  struct object *objects = NULL;
  struct klp_strbuf *chunks = NULL;
  struct klp_strbuf header = { 0 };
  size_t nobjects = 0, nchunks = 0, nsyms = 0, nskipped = 0;
  int status;

  /* Pass 1: the command line.  */
  klp_diag_set_program (PROGRAM);
  status = parse_command_line (argc, argv, &cli);
  if (status != KLP_CLI_CONTINUE)
    {
      free_cli (&cli);
      return status;
    }
  klp_diag_set_verbose (cli.verbose);
  if (cli.decompress_limit)
    klp_decompress_set_limit (cli.decompress_limit);
  status = KLP_EXIT_ERROR;
  if (klp_objsyms_init () < 0)
    goto out;

  /* Pass 2: Module.symvers, System.map, kallsyms dump.  */
  if (cli.symvers && !(symvers = klp_symvers_load (cli.symvers)))
    goto out;
  if (cli.system_map
      && (!(sysmap = klp_kallsyms_load (cli.system_map))
	  || read_text_objects (&cli, sysmap, true, &text) < 0))
    goto out;
  if (cli.kallsyms
      && (!(dump = klp_kallsyms_load (cli.kallsyms))
	  || read_text_objects (&cli, dump, false, &text) < 0))
    goto out;

  /* Pass 3: the module files.  */
  if (cli.modules_order)
    {
      if (read_modules_order (cli.modules_order,
			      cli.nmodules_dirs ? cli.modules_dirs[0] : NULL,
			      &files) < 0)
	goto out;
    }
  else if (cli.nmodules_dirs
	   && find_modules (cli.modules_dirs, cli.nmodules_dirs,
			    cli.skip_broken_links, &files) < 0)
    goto out;

  /* Pass 4: read vmlinux and the modules.  */
  w.items = klp_xcalloc (NULL, files.n + 1, sizeof *w.items);
  if (!w.items)
    goto out;
  w.nitems = files.n + (cli.vmlinux != NULL);
  w.cli = &cli;
  w.symvers = symvers;
  if (cli.vmlinux)
    {
      w.items[0].path = cli.vmlinux;
      w.items[0].is_vmlinux = true;
    }
  for (size_t i = 0; i < files.n; i++)
    w.items[i + (cli.vmlinux != NULL)].path = files.v[i];
  read_items (&w, cli.jobs ? cli.jobs : default_jobs ());
  status = KLP_EXIT_OK;
  for (size_t i = 0; i < w.nitems; i++)
    {
      print_messages (&w.items[i]);
      if (w.items[i].failed)
	status = KLP_EXIT_ERROR;
    }
  if (status != KLP_EXIT_OK)
    goto out;
  status = KLP_EXIT_ERROR;

  /* Pass 5: gather the objects.  */
  objects = klp_xcalloc (NULL, w.nitems + text.nobjs + 1, sizeof *objects);
  if (!objects)
    goto out;
  for (size_t i = 0; i < w.nitems; i++)
    {
      struct work_item *item = &w.items[i];

      if (item->is_livepatch)
	{
	  klp_note (item->path, "leaving out '%s', a livepatch module "
		    "(modinfo livepatch=Y)", item->name);
	  continue;
	}
      objects[nobjects].name = item->name;
      objects[nobjects].source = item->path;
      objects[nobjects].chunk = &item->chunk;
      nobjects++;
      nsyms += item->nsyms;
      nskipped += item->nskipped;
    }
  for (size_t i = 0; i < text.nobjs; i++)
    {
      struct klp_objsyms *obj = text.objs[i];
      size_t j, skipped;

      for (j = 0; j < nobjects; j++)
	if (strcmp (objects[j].name, obj->name) == 0)
	  break;
      if (j < nobjects && strcmp (obj->name, "vmlinux") == 0)
	{
	  /* A dump's vmlinux beside --vmlinux or --system-map.  */
	  const struct klp_objsyms *ref = (cli.vmlinux ? w.items[0].vmlinux
					   : text.objs[0]);
	  if (check_same_vmlinux (ref, obj) < 0)
	    goto out;
	  continue;
	}
      if (j < nobjects)
	{
	  klp_note (obj->path, "module '%s': using '%s'", obj->name,
		    objects[j].source);
	  continue;
	}
      if (symvers)
	klp_objsyms_add_symvers_exports (obj, symvers);
      if (klp_mapwrite_object (cli.format, obj, &text.chunks[i], &skipped)
	  < 0)
	goto out;
      objects[nobjects].name = obj->name;
      objects[nobjects].source = obj->path;
      objects[nobjects].chunk = &text.chunks[i];
      nobjects++;
      nsyms += obj->nsyms;
      nskipped += skipped;
    }
  qsort (objects, nobjects, sizeof *objects, compare_objects);
  for (size_t i = 1; i < nobjects; i++)
    if (strcmp (objects[i - 1].name, objects[i].name) == 0)
      {
	klp_error (objects[i].source, "module '%s' is also in '%s'",
		   objects[i].name, objects[i - 1].source);
	goto out;
      }

  /* Pass 6: write the map.  */
  if (klp_mapwrite_header (cli.output, cli.format, &header) < 0)
    goto out;
  chunks = klp_xcalloc (NULL, nobjects + 1, sizeof *chunks);
  if (!chunks)
    goto out;
  chunks[nchunks++] = header;
  for (size_t i = 0; i < nobjects; i++)
    chunks[nchunks++] = *objects[i].chunk;
  if (klp_mapwrite_file (cli.output, chunks, nchunks) < 0)
    goto out;
  if (nskipped)
    klp_note (cli.output, "left out %zu symbol%s whose name%s a klp symbol "
	      "cannot carry", nskipped, nskipped == 1 ? "" : "s",
	      nskipped == 1 ? "" : "s");
  klp_note (cli.output, "%zu object%s, %zu symbol%s", nobjects,
	    nobjects == 1 ? "" : "s", nsyms - nskipped,
	    nsyms - nskipped == 1 ? "" : "s");
  status = KLP_EXIT_OK;

out:
  free (chunks);
  klp_strbuf_free (&header);
  free (objects);
  for (size_t i = 0; i < w.nitems; i++)
    {
      print_messages (&w.items[i]);
      free (w.items[i].name);
      klp_objsyms_free (w.items[i].vmlinux);
      klp_strbuf_free (&w.items[i].chunk);
    }
  free (w.items);
  free_path_list (&files);
  free_text_objects (&text);
  klp_kallsyms_free (dump);
  klp_kallsyms_free (sysmap);
  klp_symvers_free (symvers);
  free_cli (&cli);
  return klp_cli_finish (status);
}
