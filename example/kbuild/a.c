// SPDX-License-Identifier: GPL-3.0-or-later
/* The example livepatch, first object: it means the FIRST
   '__param_str_debug' of vmlinux.
   Copyright (C) 2026 The libklp authors.

   module_param(debug, ...) in built-in code defines a static
   'const char __param_str_debug[] = "<module>.debug"'; Debian's 6.1 kernel
   has three, in this address order (the order of /proc/kallsyms):
   "apparmor.debug", "pci_hotplug.debug", "i8042.debug".  None is
   exported, and the name alone does not say which one is meant.  */

#include <klp/livepatch.h>

#include "example.h"

extern const char __param_str_debug[];

KLP_MODULE_RELOC(vmlinux) a_relocs[] = {
	KLP_SYMPOS(__param_str_debug, 1),
};

const char *klp_example_a(void)
{
	return __param_str_debug;
}
