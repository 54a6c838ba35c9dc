/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The e2e livepatch of klp_e2e_target.
   Copyright (C) 2026 The libklp authors.  */
#ifndef KLP_E2E_MODPATCH_H
#define KLP_E2E_MODPATCH_H

#include <klp/livepatch.h>

/* lp-tN.c: the target's N-th 'counter' and 'whoami'.  */
#define KLP_E2E_DEFINE_LP_T(n)						\
	extern int counter;						\
	extern const char *whoami(void);				\
	KLP_MODULE_RELOC(klp_e2e_target) lp_t##n##_relocs[] = {		\
		KLP_SYMPOS(counter, n),					\
		KLP_SYMPOS(whoami, n),					\
	};								\
	int klp_e2e_lp_t##n##_counter(void)				\
	{								\
		return counter;						\
	}								\
	const char *klp_e2e_lp_t##n##_whoami(void)			\
	{								\
		return whoami();					\
	}

int klp_e2e_lp_t1_counter(void);
int klp_e2e_lp_t2_counter(void);
int klp_e2e_lp_t3_counter(void);
const char *klp_e2e_lp_t1_whoami(void);
const char *klp_e2e_lp_t2_whoami(void);
const char *klp_e2e_lp_t3_whoami(void);

/* lp-file.c: the 'counter' of the target's t2.c, named by file.  */
int klp_e2e_lp_file_counter(void);

/* lp-data.c: the target's four data variables, read through
   references in .text, .data and .rodata (WHERE 0, 1, 2).  */
void klp_e2e_lp_data(int where, int values[4]);

#endif
