// SPDX-License-Identifier: GPL-3.0-or-later
/* e2e case 5: a livepatch module that uses the same symbol: modpost must
   not report it.  Copyright (C) 2026 The libklp authors. */
#include <linux/kernel.h>
#include <linux/module.h>

extern char core_pattern[];

static int klp_e2e_lpok_init(void)
{
	pr_info("%s\n", core_pattern);
	return 0;
}

module_init(klp_e2e_lpok_init);
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
