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

#endif /* KLP_CLI_H */
