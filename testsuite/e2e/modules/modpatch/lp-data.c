// SPDX-License-Identifier: GPL-3.0-or-later
/* The e2e livepatch of klp_e2e_target: references to the target's data
   of every storage class (target/data.c), from this object's .text, .data
   and .rodata.  'klp_e2e_global_data' has no annotation: its name is
   unique in the symbol map, which says that klp_e2e_target defines it.
   Copyright (C) 2026 The libklp authors.  */
#include <linux/compiler.h>
#include "modpatch.h"

extern int klp_e2e_global_data;
extern int static_data;
extern const int const_data;
extern int fls_data __asm__("fls_data.0");

KLP_MODULE_RELOC(klp_e2e_target) lp_data_relocs[] = {
	KLP_SYMPOS(static_data, 0),
	KLP_SYMPOS(const_data, 0),
	KLP_SYMPOS(fls_data, 0),
};

/* In .data (not static, so that GCC cannot fold the loads).  */
const int *klp_e2e_lp_data_ptrs[4] = {
	&klp_e2e_global_data, &static_data, &const_data, &fls_data,
};

/* In .rodata.  */
const int *const klp_e2e_lp_rodata_ptrs[4] = {
	&klp_e2e_global_data, &static_data, &const_data, &fls_data,
};

void klp_e2e_lp_data(int where, int values[4])
{
	int i;

	switch (where) {
	case 0:		/* .text */
		values[0] = klp_e2e_global_data;
		values[1] = static_data;
		values[2] = const_data;
		values[3] = fls_data;
		break;
	case 1:		/* .data */
		for (i = 0; i < 4; i++)
			values[i] = *READ_ONCE(klp_e2e_lp_data_ptrs[i]);
		break;
	default:	/* .rodata */
		for (i = 0; i < 4; i++)
			values[i] = *READ_ONCE(klp_e2e_lp_rodata_ptrs[i]);
		break;
	}
}
