/* Kernel-like module metadata for the test fixtures.
   Copyright (C) 2026 The libklp authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   MODULE_INFO places "TAG=VALUE" in .modinfo the way the kernel's
   <linux/moduleparam.h> does.  */

#ifndef KLP_TEST_MODULE_H
#define KLP_TEST_MODULE_H

#define KLP_TEST_CAT_(a, b) a##b
#define KLP_TEST_CAT(a, b) KLP_TEST_CAT_ (a, b)

#define MODULE_INFO(tag, info)						\
  static const char KLP_TEST_CAT (__UNIQUE_ID_##tag, __COUNTER__)[]	\
  __attribute__ ((__used__, __section__ (".modinfo"), __aligned__ (1)))	\
    = #tag "=" info

#define MODULE_LICENSE(_license) MODULE_INFO (license, _license)

#endif /* KLP_TEST_MODULE_H */
