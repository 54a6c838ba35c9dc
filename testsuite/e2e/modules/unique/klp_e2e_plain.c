// SPDX-License-Identifier: GPL-3.0-or-later
/* e2e case 2: an ordinary module built beside a livepatch with libklp's
   kbuild.mk; it uses exported symbols only, so modpost accepts it.
   Copyright (C) 2026 The libklp authors.  */

#include <linux/kernel.h>
#include <linux/module.h>

static int klp_e2e_plain_init(void)
{
	pr_info("klp_e2e_plain: loaded\n");
	return 0;
}

static void klp_e2e_plain_exit(void)
{
}

module_init(klp_e2e_plain_init);
module_exit(klp_e2e_plain_exit);
MODULE_LICENSE("GPL");
