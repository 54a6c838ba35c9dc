// SPDX-License-Identifier: GPL-3.0-or-later
/* The e2e livepatch of klp_e2e_target: the target's 'counter' and
   'whoami' number 3.  Copyright (C) 2026 The libklp authors.  */
#include <linux/compiler.h>
#include "modpatch.h"

KLP_E2E_DEFINE_LP_T(3)
