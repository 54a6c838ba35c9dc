/* What every libklp command-line tool says the same way.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later  */

#ifndef KLP_CLI_H
#define KLP_CLI_H

/* The exit status of a usage error, as in GNU tools.  */
#define KLP_EXIT_USAGE 2

/* --version: "PROGRAM (libklp) VERSION", copyright and license.  */
void klp_cli_print_version (const char *program);

/* A usage error: "PROGRAM: MESSAGE" and where to look, on stderr.
   Returns KLP_EXIT_USAGE.  */
int klp_cli_usage_error (const char *program, const char *message);

/* The usage error for what getopt_long returned as C (':' for a missing
   argument, anything else for an unknown option), run with opterr = 0
   and an option string starting with ':'.  */
int klp_cli_option_error (const char *program, int c, char **argv);

#endif /* KLP_CLI_H */
