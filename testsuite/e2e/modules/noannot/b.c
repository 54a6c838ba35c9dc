// SPDX-License-Identifier: GPL-3.0-or-later
/* e2e case 5: a reference to an ambiguous name without annotation.
   Copyright (C) 2026 The libklp authors.  */
extern const char __param_str_debug[];

const char *klp_e2e_noannot_b(void)
{
	return __param_str_debug;
}
