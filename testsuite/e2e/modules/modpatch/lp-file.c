// SPDX-License-Identifier: GPL-3.0-or-later
/* The e2e livepatch of klp_e2e_target: the target's 'counter' of t2.c,
   named by its source file instead of its position (KLP_SYMFILE): the
   symbol map, made by klp-symbols from the target's .ko, says which
   position that is.  Copyright (C) 2026 The libklp authors.  */
#include <linux/compiler.h>
#include "modpatch.h"

extern int counter;

KLP_MODULE_RELOC_FILE(klp_e2e_target) lp_file_relocs[] = {
	KLP_SYMFILE(counter, "t2.c"),
};

int klp_e2e_lp_file_counter(void)
{
	return counter;
}
