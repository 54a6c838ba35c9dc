// SPDX-License-Identifier: GPL-3.0-or-later
/* e2e case 2: a livepatch of version_proc_show (/proc/version) that reads
   'core_pattern' (data) and calls 'evtchn_2l_max_channels' (a function):
   both static in vmlinux, not exported, and unique, so neither needs an
   annotation.  Copyright (C) 2026 The libklp authors.  */

#include <linux/kernel.h>
#include <linux/livepatch.h>
#include <linux/module.h>
#include <linux/seq_file.h>

extern char core_pattern[];			/* fs/coredump.c */
extern unsigned int evtchn_2l_max_channels(void); /* drivers/xen/events */

static int klp_e2e_version_proc_show(struct seq_file *m, void *v)
{
	seq_printf(m, "klp-e2e-unique: core_pattern=%s max_channels=%u\n",
		   core_pattern, evtchn_2l_max_channels());
	return 0;
}

static struct klp_func funcs[] = {
	{
		.old_name = "version_proc_show",
		.new_func = klp_e2e_version_proc_show,
	}, { }
};

static struct klp_object objs[] = {
	{ .funcs = funcs, }, { }
};

static struct klp_patch patch = {
	.mod = THIS_MODULE,
	.objs = objs,
};

static int klp_e2e_unique_init(void)
{
	return klp_enable_patch(&patch);
}

static void klp_e2e_unique_exit(void)
{
}

module_init(klp_e2e_unique_init);
module_exit(klp_e2e_unique_exit);
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
