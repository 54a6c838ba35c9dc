/* What every libklp command-line tool says the same way.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#include <config.h>

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "diag.h"

int
klp_cli_help (void (*print_help) (void))
{
  print_help ();
  return fflush (stdout) == 0 ? KLP_EXIT_OK : KLP_EXIT_ERROR;
}

int
klp_cli_version (const char *program)
{
  printf ("%s (%s) %s\n", program, PACKAGE_NAME, PACKAGE_VERSION);
  fputs ("\
Copyright (C) 2026 The libklp authors.\n\
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n\
This is free software: you are free to change and redistribute it.\n\
There is NO WARRANTY, to the extent permitted by law.\n", stdout);
  return fflush (stdout) == 0 ? KLP_EXIT_OK : KLP_EXIT_ERROR;
}

int
klp_cli_finish (int status)
{
  if (fclose (stdout) != 0 && status == KLP_EXIT_OK)
    {
      klp_error (NULL, "write error on standard output");
      status = KLP_EXIT_ERROR;
    }
  return status;
}

int
klp_cli_usage_error (const char *program, const char *message)
{
  /* MESSAGE quotes the command line: shown as messages show strings.  */
  char shown[4 * 1024];

  klp_quote (shown, sizeof shown, message, SIZE_MAX);
  fprintf (stderr, "%s: %s\nTry '%s --help' for more information.\n",
	   program, shown, program);
  return KLP_EXIT_USAGE;
}

int
klp_cli_option_error (const char *program, int c, char **argv)
{
  char message[256];
  const char *arg = argv[optind - 1];

  if (c == ':' && strncmp (arg, "--", 2) != 0)
    snprintf (message, sizeof message,
	      "option requires an argument -- '%c'", optopt);
  else if (c == ':')
    snprintf (message, sizeof message, "option '%s' requires an argument",
	      arg);
  else if (optopt && optopt < 256)
    snprintf (message, sizeof message, "invalid option -- '%c'", optopt);
  else
    snprintf (message, sizeof message, "unrecognized option '%s'", arg);
  return klp_cli_usage_error (program, message);
}
