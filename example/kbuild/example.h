/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The example livepatch's objects.
   Copyright (C) 2026 The libklp authors.  */
#ifndef KLP_EXAMPLE_H
#define KLP_EXAMPLE_H

/* The first and the second '__param_str_debug' of vmlinux.  */
const char *klp_example_a(void);
const char *klp_example_b(void);

#endif
