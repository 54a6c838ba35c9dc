/* dup_sym is defined once in vmlinux and once in mymod.  */
#include "module.h"

extern int dup_sym (void);

int
patched_dup (void)
{
  return dup_sym () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
