// SPDX-License-Identifier: GPL-3.0-or-later
/* e2e case 2: a livepatch of version_proc_show (/proc/version) that reads
   'core_pattern' (data) and calls 'fscaps_show' (a function, behind
   /sys/kernel/fscaps): both static in vmlinux, not exported, and unique,
   so neither needs an annotation.  Every kernel the tests boot has them.
   Copyright (C) 2026 The libklp authors.  */

#include <linux/gfp.h>
#include <linux/kernel.h>
#include <linux/kobject.h>
#include <linux/livepatch.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include <linux/string.h>

extern char core_pattern[];			/* fs/coredump.c */
/* kernel/ksysfs.c: prints file_caps_enabled ("1\n") with sysfs_emit,
   which wants a page.  */
extern ssize_t fscaps_show(struct kobject *kobj, struct kobj_attribute *attr,
			   char *buf);

static int klp_e2e_version_proc_show(struct seq_file *m, void *v)
{
	char *page = (char *)get_zeroed_page(GFP_KERNEL);
	ssize_t n;

	if (!page)
		return -ENOMEM;
	n = fscaps_show(NULL, NULL, page);
	seq_printf(m, "klp-e2e-unique: core_pattern=%s fscaps=%s\n",
		   core_pattern, n > 0 ? strim(page) : "?");
	free_page((unsigned long)page);
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
