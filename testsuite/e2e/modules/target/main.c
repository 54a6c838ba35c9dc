// SPDX-License-Identifier: GPL-3.0-or-later
/* The e2e target module: /proc/klp_e2e_target shows "unpatched" until a
   livepatch replaces target_show.
   Copyright (C) 2026 The libklp authors.  */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include "target.h"

static noinline int target_show(struct seq_file *m, void *v)
{
	seq_printf(m, "klp-e2e-target: unpatched sum=%d\n",
		   klp_e2e_t1_sum() + klp_e2e_t2_sum() + klp_e2e_t3_sum()
		   + klp_e2e_data_sum());
	return 0;
}

static int klp_e2e_target_init(void)
{
	if (!proc_create_single("klp_e2e_target", 0444, NULL, target_show))
		return -ENOMEM;
	return 0;
}

static void klp_e2e_target_exit(void)
{
	remove_proc_entry("klp_e2e_target", NULL);
}

module_init(klp_e2e_target_init);
module_exit(klp_e2e_target_exit);
MODULE_LICENSE("GPL");
