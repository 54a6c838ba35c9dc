// SPDX-License-Identifier: GPL-3.0-or-later
/* e2e case 5: a livepatch module (modinfo livepatch=Y) whose objects
   refer to an ambiguous name without annotation; it must not build.
   Copyright (C) 2026 The libklp authors.  */
#include <linux/kernel.h>
#include <linux/module.h>

const char *klp_e2e_noannot_a(void);
const char *klp_e2e_noannot_b(void);

static int klp_e2e_noannot_init(void)
{
	pr_info("%s %s\n", klp_e2e_noannot_a(), klp_e2e_noannot_b());
	return 0;
}

module_init(klp_e2e_noannot_init);
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
