// SPDX-License-Identifier: GPL-3.0-or-later
/* The e2e target module: object 2 of 3 that define a static 'counter' and a
   static 'whoami'.  Copyright (C) 2026 The libklp authors.  */
#include <linux/compiler.h>
#include "target.h"

KLP_E2E_DEFINE_T(2)
