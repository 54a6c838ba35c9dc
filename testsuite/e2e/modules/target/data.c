// SPDX-License-Identifier: GPL-3.0-or-later
/* The e2e target module's data, one variable per storage class; none is
   exported.  A livepatch reaches them through klp relocations (case 4).
   Copyright (C) 2026 The libklp authors.  */
#include <linux/compiler.h>
#include "target.h"

int klp_e2e_global_data = 4001;			/* global: 'D' */
static int static_data __used = 4002;		/* static: 'd' */
static const int const_data __used = 4003;	/* const, in .rodata: 'r' */

/* A function-local static: its symbol is 'fls_data.0' (GCC appends a
   number to the names of function-local statics).  */
static noinline int *fls(void)
{
	static int fls_data = 4004;
	return &fls_data;
}

int klp_e2e_data_sum(void)
{
	return klp_e2e_global_data + static_data + const_data + *fls();
}
