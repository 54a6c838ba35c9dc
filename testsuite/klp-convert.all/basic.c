/* A patched function calling a non-exported vmlinux function.  */
#include "module.h"

extern int cpu_show (void);

int
patched_cpu_show (void)
{
  return cpu_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
