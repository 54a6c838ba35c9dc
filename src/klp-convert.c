/* klp-convert: turn a linked livepatch module's references to symbols the
   module loader cannot resolve into the kernel's klp relocations.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "cli.h"
#include "diag.h"
#include "symmap.h"

#define PROGRAM "klp-convert"

struct cli
{
  const char *symbols;		/* -s MAP, or the legacy first operand.  */
  const char *symvers;		/* -m FILE.  */
  const char *input;
  const char *output;
  bool verbose;
  bool modinfo_check;
};

enum
{
  OPT_NO_MODINFO_CHECK = 256
};

static const struct option long_options[] = {
  { "symbols", required_argument, NULL, 's' },
  { "symvers", required_argument, NULL, 'm' },
  { "verbose", no_argument, NULL, 'v' },
  { "no-modinfo-check", no_argument, NULL, OPT_NO_MODINFO_CHECK },
  { "help", no_argument, NULL, 'h' },
  { "version", no_argument, NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

static void
print_help (void)
{
  printf ("\
Usage: %s [OPTION]... INPUT OUTPUT\n\
  or:  %s SYMBOLS INPUT OUTPUT\n", PROGRAM, PROGRAM);
  fputs ("\
Convert the references of the livepatch module INPUT that the module loader\n\
cannot resolve into klp relocations, and write the result to OUTPUT, which\n\
may be INPUT.  OUTPUT is written only when everything succeeded.\n\
\n\
A reference is converted when its symbol is undefined, not weak, not\n\
exported and not '.TOC.', or is named '.klp.sym.OBJECT.NAME,POSITION'.\n\
The object and position come from that name, from a KLP_SYMPOS annotation\n\
(<klp/livepatch.h>), from a KLP_SYMFILE annotation (the symbol of that\n\
source file in the symbol map), or from a name that is unique in the map.\n\
\n\
Options:\n\
  -s, --symbols=MAP       the target kernel's symbols (klp-symbols(1) output,\n\
                          or the kernel patchset's klp-convert-symbol-data)\n\
  -m, --symvers=FILE      Module.symvers: the symbols it exports stay\n\
                          ordinary relocations\n\
  -v, --verbose           print one line per klp relocation section and\n\
                          symbol converted\n\
      --no-modinfo-check  accept a module without modinfo 'livepatch=Y'\n\
  -h, --help              display this help and exit\n\
  -V, --version           output version information and exit\n\
\n\
In the second form, the kernel patchset's, SYMBOLS is the symbol map.\n\
\n\
Exit status:\n\
  0  OUTPUT was written\n\
  1  an error occurred, OUTPUT was left untouched\n\
  2  the command line is invalid\n\
\n", stdout);
  printf ("See klp-convert(1) for the rules.\n"
	  "Report bugs to: <%s>\n", PACKAGE_BUGREPORT);
}


/* Fill CLI from ARGV.  Returns KLP_CLI_CONTINUE, or the exit status
   when done (--help, --version) or on a usage error.  */
static int
parse_command_line (int argc, char **argv, struct cli *cli)
{
  char message[256];
  int c, noperands;

  opterr = 0;
  while ((c = getopt_long (argc, argv, ":s:m:vhV", long_options, NULL)) != -1)
    switch (c)
      {
      case 's':
	cli->symbols = optarg;
	break;
      case 'm':
	cli->symvers = optarg;
	break;
      case 'v':
	cli->verbose = true;
	break;
      case OPT_NO_MODINFO_CHECK:
	cli->modinfo_check = false;
	break;
      case 'h':
	return klp_cli_help (print_help);
      case 'V':
	return klp_cli_version (PROGRAM);
      default:
	return klp_cli_option_error (PROGRAM, c, argv);
      }

  noperands = argc - optind;
  if (noperands == 3)
    {
      if (cli->symbols)
	return klp_cli_usage_error (PROGRAM, "the three-operand form names "
				    "the symbol map; do not also give -s");
      cli->symbols = argv[optind++];
    }
  else if (noperands == 0)
    return klp_cli_usage_error (PROGRAM, "missing operands INPUT and OUTPUT");
  else if (noperands == 1)
    {
      snprintf (message, sizeof message, "missing operand OUTPUT after '%s'",
		argv[optind]);
      return klp_cli_usage_error (PROGRAM, message);
    }
  else if (noperands > 3)
    {
      snprintf (message, sizeof message, "extra operand '%s'",
		argv[optind + 3]);
      return klp_cli_usage_error (PROGRAM, message);
    }
  cli->input = argv[optind];
  cli->output = argv[optind + 1];
  return KLP_CLI_CONTINUE;
}

int
main (int argc, char **argv)
{
  struct cli cli = { .modinfo_check = true };
  struct klp_symmap *map = NULL;
  struct klp_symvers *symvers = NULL;
  struct klp_convert_options opts = { 0 };
  int status;

  klp_diag_set_program (PROGRAM);
  status = parse_command_line (argc, argv, &cli);
  if (status != KLP_CLI_CONTINUE)
    return status;
  klp_diag_set_verbose (cli.verbose);

  /* Read the symbol map and Module.symvers.  */
  if (cli.symbols && !(map = klp_symmap_load (cli.symbols)))
    status = KLP_EXIT_ERROR;
  else if (cli.symvers && !(symvers = klp_symvers_load (cli.symvers)))
    status = KLP_EXIT_ERROR;
  else
    {
      /* Convert INPUT and write OUTPUT.  */
      opts.map = map;
      opts.symvers = symvers;
      opts.require_livepatch_modinfo = cli.modinfo_check;
      opts.how.map = " with -s MAP";
      opts.how.symvers = " with -m FILE";
      opts.how.no_modinfo_check = ", or use --no-modinfo-check";
      status = klp_convert_file (cli.input, cli.output, &opts) == 0
		 ? KLP_EXIT_OK : KLP_EXIT_ERROR;
    }

  klp_symvers_free (symvers);
  klp_symmap_free (map);
  return klp_cli_finish (status);
}
