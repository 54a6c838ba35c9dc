// SPDX-License-Identifier: GPL-3.0-or-later
/* kbuild-invocations case: a livepatch in the style of the klp-convert
   patchset's selftests (lib/livepatch/test_klp_convert*.c): the
   annotations come from <linux/livepatch.h>, with no other include.
   It replaces cmdline_proc_show (/proc/cmdline) to show what it reaches
   through klp relocations:
     - the third '__param_str_debug' of vmlinux ("i8042.debug" in
       Debian's 6.1 kernel), annotated here;
     - the first one ("apparmor.debug"), annotated in other.c;
     - 'core_pattern', static in fs/coredump.c and unique: no
       annotation, so only the symbol map (KLP_SYMBOLS) resolves it.
   Copyright (C) 2026 The libklp authors.  */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/livepatch.h>
#include <linux/module.h>
#include <linux/seq_file.h>

extern char __param_str_debug[];
extern char core_pattern[];

const char *klp_e2e_patchset_other(void);

KLP_MODULE_RELOC(vmlinux) klp_e2e_patchset_relocs_a[] = {
	KLP_SYMPOS(__param_str_debug, 3),
};

static int livepatch_cmdline_proc_show(struct seq_file *m, void *v)
{
	seq_printf(m, "klp-e2e-patchset: a=%s b=%s core_pattern=%s\n",
		   __param_str_debug, klp_e2e_patchset_other(), core_pattern);
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

static int test_klp_patchset_init(void)
{
	return klp_enable_patch(&patch);
}

static void test_klp_patchset_exit(void)
{
}

module_init(test_klp_patchset_init);
module_exit(test_klp_patchset_exit);
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
