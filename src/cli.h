/* What every libklp command-line tool says the same way.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#ifndef KLP_CLI_H
#define KLP_CLI_H

/* The exit statuses of every tool, as their --help documents them, and
   what a command-line parser returns to go on.  */
enum
{
  KLP_EXIT_OK = 0,
  KLP_EXIT_ERROR = 1,		/* An error (klp-check: problems found).  */
  KLP_EXIT_USAGE = 2,		/* The command line is invalid, as in GNU
				   tools.  */
  KLP_CLI_CONTINUE = -1
};

/* --help and --version: PRINT_HELP, or "PROGRAM (libklp) VERSION",
   copyright and license, on standard output.  Return the exit status:
   KLP_EXIT_OK, or KLP_EXIT_ERROR when standard output cannot be
   written.  */
int klp_cli_help (void (*print_help) (void));
int klp_cli_version (const char *program);

/* The end of a tool's main: close standard output, and return STATUS,
   or KLP_EXIT_ERROR after reporting that it could not be written.  */
int klp_cli_finish (int status);

/* A usage error: "PROGRAM: MESSAGE" and where to look, on stderr.
   Returns KLP_EXIT_USAGE.  */
int klp_cli_usage_error (const char *program, const char *message);

/* The usage error for what getopt_long returned as C (':' for a missing
   argument, anything else for an unknown option), run with opterr = 0
   and an option string starting with ':'.  */
int klp_cli_option_error (const char *program, int c, char **argv);

#endif /* KLP_CLI_H */
