/* klp-check: tell whether a livepatch module will load and resolve as the
   kernel's module loader and livepatch core would load and resolve it.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "diag.h"
#include "kallsyms.h"
#include "objsyms.h"
#include "rules.h"
#include "symmap.h"

#define PROGRAM "klp-check"

struct cli
{
  const char *symbols;		/* -s MAP.  */
  const char *kallsyms;		/* -k FILE.  */
  const char *system_map;	/* --system-map FILE.  */
  const char *symvers;		/* -m FILE.  */
  const char *module;
  bool verbose;
};

/* What the command line asked to read, and its owners.  */
struct inputs
{
  struct klp_symmap *map;
  struct klp_kallsyms *list;
  struct klp_objsyms **objs;
  size_t nobjs;
  struct klp_symvers *symvers;
  struct klp_elf *elf;
};

enum
{
  OPT_SYSTEM_MAP = 256
};

static const struct option long_options[] = {
  { "symbols", required_argument, NULL, 's' },
  { "kallsyms", required_argument, NULL, 'k' },
  { "system-map", required_argument, NULL, OPT_SYSTEM_MAP },
  { "symvers", required_argument, NULL, 'm' },
  { "verbose", no_argument, NULL, 'v' },
  { "help", no_argument, NULL, 'h' },
  { "version", no_argument, NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

static void
print_help (void)
{
  printf ("\
Usage: %s [OPTION]... (-s MAP | -k FILE | --system-map FILE) MODULE\n",
	  PROGRAM);
  fputs ("\
Check that the livepatch MODULE (a converted .ko) follows every rule that\n\
the kernel's module loader and livepatch core apply when they load it, and\n\
that each of its klp symbols resolves in the target kernel exactly as\n\
the kernel would resolve it.  Each problem is reported with the message\n\
the kernel would print.  MODULE is not modified.\n\
\n\
The target kernel (one of):\n\
  -s, --symbols=MAP       its symbol map (klp-symbols(1) output, or the\n\
                          kernel patchset's klp-convert-symbol-data)\n\
  -k, --kallsyms=FILE     a copy of its /proc/kallsyms (vmlinux and the\n\
                          modules loaded when it was made)\n\
      --system-map=FILE   its System.map (vmlinux only)\n\
\n\
Options:\n\
  -m, --symvers=FILE      Module.symvers: the symbols it lists are exported\n\
  -v, --verbose           also say what was found right, and on success\n\
                          how many klp symbols and klp relocation\n\
                          sections were checked against which file\n\
  -h, --help              display this help and exit\n\
  -V, --version           output version information and exit\n\
\n\
Exit status:\n\
  0  no problem found (warnings say what could not be judged)\n\
  1  problems found, or a file could not be read\n\
  2  the command line is invalid\n\
\n", stdout);
  printf ("See klp-check(1) for the rules.\n"
	  "Report bugs to: <%s>\n", PACKAGE_BUGREPORT);
}


/* Fill CLI from ARGV.  Returns KLP_CLI_CONTINUE, or the exit status
   when done (--help, --version) or on a usage error.  */
static int
parse_command_line (int argc, char **argv, struct cli *cli)
{
  char message[256];
  int c, ntargets;

  opterr = 0;
  while ((c = getopt_long (argc, argv, ":s:k:m:vhV", long_options, NULL))
	 != -1)
    switch (c)
      {
      case 's':
	cli->symbols = optarg;
	break;
      case 'k':
	cli->kallsyms = optarg;
	break;
      case OPT_SYSTEM_MAP:
	cli->system_map = optarg;
	break;
      case 'm':
	cli->symvers = optarg;
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

  ntargets = !!cli->symbols + !!cli->kallsyms + !!cli->system_map;
  if (ntargets == 0)
    return klp_cli_usage_error (PROGRAM, "no target kernel: give its symbol "
				"map (-s), a copy of its /proc/kallsyms (-k) "
				"or its System.map (--system-map)");
  if (ntargets > 1)
    return klp_cli_usage_error (PROGRAM, "give only one of -s, -k and "
				"--system-map");
  if (argc - optind == 0)
    return klp_cli_usage_error (PROGRAM, "missing operand MODULE");
  if (argc - optind > 1)
    {
      snprintf (message, sizeof message, "extra operand '%s'",
		argv[optind + 1]);
      return klp_cli_usage_error (PROGRAM, message);
    }
  cli->module = argv[optind];
  return KLP_CLI_CONTINUE;
}

/* Read the description of the target kernel that CLI names into IN and
   T.  Returns 0 or -1 after reporting.  */
static int
read_target (const struct cli *cli, struct inputs *in, struct klp_target *t)
{
  const char *list = cli->kallsyms ? cli->kallsyms : cli->system_map;

  if (cli->symbols && !(in->map = klp_symmap_load (cli->symbols)))
    return -1;
  if (list)
    {
      if (!(in->list = klp_kallsyms_load (list))
	  || klp_objsyms_from_kallsyms (in->list, cli->system_map != NULL,
					KLP_PERCPU_GUESS, &in->objs,
					&in->nobjs) != 0)
	return -1;
      if (cli->kallsyms && !klp_kallsyms_has_modules (in->list))
	klp_note (list, "no module lines: the klp symbols of modules cannot "
		  "be resolved");
    }
  if (cli->symvers && !(in->symvers = klp_symvers_load (cli->symvers)))
    return -1;
  t->map = in->map;
  t->objs = in->objs;
  t->nobjs = in->nobjs;
  t->list_path = list;
  t->symvers = in->symvers;
  return 0;
}

static void
free_inputs (struct inputs *in)
{
  klp_elf_close (in->elf);
  klp_symvers_free (in->symvers);
  for (size_t i = 0; i < in->nobjs; i++)
    klp_objsyms_free (in->objs[i]);
  free (in->objs);
  klp_kallsyms_free (in->list);
  klp_symmap_free (in->map);
}

/* The checks, in the order in which the kernel applies its rules while
   the module loads.  Returns the exit status.  */
static int
check_module (struct klp_elf *elf, const struct klp_target *target)
{
  struct klp_check *c;
  int problems = 0;

  if (klp_check_machine (elf) != 0)
    return KLP_EXIT_ERROR;
  if (!(c = klp_check_new (elf, target)))
    return KLP_EXIT_ERROR;

  /* The module loader: is it a livepatch module (check_modinfo)?  */
  problems |= klp_check_modinfo (c) != 0;
  /* Was it converted at all?  */
  problems |= klp_check_annotations_applied (c) != 0;
  /* simplify_symbols: every undefined symbol exported, or weak.  */
  problems |= klp_check_undefined_symbols (c) != 0;
  /* apply_relocations and the livepatch core: klp relocation sections,
     their symbols, their targets.  */
  problems |= klp_check_klp_sections (c) != 0;
  problems |= klp_check_ordinary_relocations (c) != 0;
  /* klp_find_object_symbol: every klp symbol resolves.  */
  problems |= klp_check_klp_symbols (c) != 0;

  /* With -v, one line that says what was checked against what.  */
  if (!problems)
    {
      size_t nsyms = klp_check_klp_symbol_count (c);
      size_t nsecs = klp_check_klp_section_count (c);

      klp_note (elf->path, "no problem found%s: %zu klp symbol%s and %zu "
		"klp relocation section%s checked against '%s'",
		klp_check_unjudged (c) ? " (but see the warnings)" : "",
		nsyms, nsyms == 1 ? "" : "s", nsecs, nsecs == 1 ? "" : "s",
		klp_check_target_path (c));
    }
  klp_check_free (c);
  return problems ? KLP_EXIT_ERROR : KLP_EXIT_OK;
}

int
main (int argc, char **argv)
{
  struct cli cli = { 0 };
  struct inputs in = { 0 };
  struct klp_target target = { 0 };
  int status;

  klp_diag_set_program (PROGRAM);
  status = parse_command_line (argc, argv, &cli);
  if (status != KLP_CLI_CONTINUE)
    return status;
  klp_diag_set_verbose (cli.verbose);

  /* Read the target kernel's symbols, then the module.  */
  if (read_target (&cli, &in, &target) != 0
      || !(in.elf = klp_elf_open (cli.module)))
    status = KLP_EXIT_ERROR;
  else
    /* Check it.  */
    status = check_module (in.elf, &target);

  free_inputs (&in);
  return klp_cli_finish (status);
}
