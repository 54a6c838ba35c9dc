// SPDX-License-Identifier: GPL-3.0-or-later
/* The e2e livepatch of the module klp_e2e_target: replaces target_show,
   so that /proc/klp_e2e_target shows what the livepatch reads of the
   target through klp relocations.  Loaded before the target, it is
   applied when the target loads ("late module patching").
   Copyright (C) 2026 The libklp authors.  */
#include <linux/kernel.h>
#include <linux/livepatch.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include "modpatch.h"

static void show_data(struct seq_file *m, const char *name, int where)
{
	int v[4];

	klp_e2e_lp_data(where, v);
	seq_printf(m, " %s=%d,%d,%d,%d", name, v[0], v[1], v[2], v[3]);
}

static int klp_e2e_target_show(struct seq_file *m, void *v)
{
	seq_printf(m, "klp-e2e-modpatch: whoami=%s,%s,%s counter=%d,%d,%d",
		   klp_e2e_lp_t1_whoami(), klp_e2e_lp_t2_whoami(),
		   klp_e2e_lp_t3_whoami(), klp_e2e_lp_t1_counter(),
		   klp_e2e_lp_t2_counter(), klp_e2e_lp_t3_counter());
	seq_printf(m, " file=%d", klp_e2e_lp_file_counter());
	show_data(m, "text", 0);
	show_data(m, "data", 1);
	show_data(m, "rodata", 2);
	seq_putc(m, '\n');
	return 0;
}

static struct klp_func funcs[] = {
	{
		.old_name = "target_show",
		.new_func = klp_e2e_target_show,
	}, { }
};

static struct klp_object objs[] = {
	{
		.name = "klp_e2e_target",
		.funcs = funcs,
	}, { }
};

static struct klp_patch patch = {
	.mod = THIS_MODULE,
	.objs = objs,
};

static int klp_e2e_modpatch_init(void)
{
	return klp_enable_patch(&patch);
}

static void klp_e2e_modpatch_exit(void)
{
}

module_init(klp_e2e_modpatch_init);
module_exit(klp_e2e_modpatch_exit);
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
