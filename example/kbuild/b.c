// SPDX-License-Identifier: GPL-3.0-or-later
/* The example livepatch, second object: it means the SECOND
   '__param_str_debug' of vmlinux, while a.c means the first.  The libklp
   ld plugin keeps the two apart when kbuild links a.o and b.o together.
   Copyright (C) 2026 The libklp authors.  */

#include <klp/livepatch.h>

#include "example.h"

extern const char __param_str_debug[];

KLP_MODULE_RELOC(vmlinux) b_relocs[] = {
	KLP_SYMPOS(__param_str_debug, 2),
};

const char *klp_example_b(void)
{
	return __param_str_debug;
}
