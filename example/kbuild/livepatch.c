// SPDX-License-Identifier: GPL-3.0-or-later
/* The example livepatch: replaces cmdline_proc_show (as the kernel's
   samples/livepatch/livepatch-sample.c does), so that /proc/cmdline shows
   the strings that a.c and b.c reach through klp relocations.
   Copyright (C) 2026 The libklp authors.

     # insmod klp-example.ko
     # cat /proc/cmdline
     klp-example: a=apparmor.debug b=pci_hotplug.debug
     # echo 0 > /sys/kernel/livepatch/klp_example/enabled  */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/livepatch.h>
#include <linux/module.h>
#include <linux/seq_file.h>

#include "example.h"

static int livepatch_cmdline_proc_show(struct seq_file *m, void *v)
{
	seq_printf(m, "klp-example: a=%s b=%s\n", klp_example_a(),
		   klp_example_b());
	return 0;
}

static struct klp_func funcs[] = {
	{
		.old_name = "cmdline_proc_show",
		.new_func = livepatch_cmdline_proc_show,
	}, { }
};

static struct klp_object objs[] = {
	{
		/* name being NULL means vmlinux */
		.funcs = funcs,
	}, { }
};

static struct klp_patch patch = {
	.mod = THIS_MODULE,
	.objs = objs,
};

static int klp_example_init(void)
{
	pr_info("a=%s b=%s\n", klp_example_a(), klp_example_b());
	return klp_enable_patch(&patch);
}

static void klp_example_exit(void)
{
}

module_init(klp_example_init);
module_exit(klp_example_exit);
MODULE_DESCRIPTION("libklp example: two objects, two instances of one name");
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
