/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The e2e target module's objects.
   Copyright (C) 2026 The libklp authors.  */
#ifndef KLP_E2E_TARGET_H
#define KLP_E2E_TARGET_H

/* Each tN.c defines, for N = 1, 2, 3:
     static int counter = N * 101;
     static const char *whoami(void) { return "tN"; }
   and klp_e2e_tN_sum() so that they are used.  The module's symbol table
   has them in link order: 'counter' 1, 2, 3 are t1's, t2's, t3's.  */
#define KLP_E2E_DEFINE_T(n)						\
	static int counter __used = (n) * 101;				\
	static noinline __used const char *whoami(void)			\
	{								\
		return "t" #n;						\
	}								\
	int klp_e2e_t##n##_sum(void)					\
	{								\
		return counter + (int)sizeof(whoami());			\
	}

int klp_e2e_t1_sum(void);
int klp_e2e_t2_sum(void);
int klp_e2e_t3_sum(void);
int klp_e2e_data_sum(void);

#endif
