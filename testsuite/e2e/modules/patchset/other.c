// SPDX-License-Identifier: GPL-3.0-or-later
/* kbuild-invocations case, second object: the first '__param_str_debug'
   of vmlinux, annotated as the patchset's selftests do, with
   <linux/livepatch.h> only.
   Copyright (C) 2026 The libklp authors.  */

#include <linux/livepatch.h>

extern char __param_str_debug[];

const char *klp_e2e_patchset_other(void);

KLP_MODULE_RELOC(vmlinux) klp_e2e_patchset_relocs_b[] = {
	KLP_SYMPOS(__param_str_debug, 1),
};

const char *klp_e2e_patchset_other(void)
{
	return __param_str_debug;
}
