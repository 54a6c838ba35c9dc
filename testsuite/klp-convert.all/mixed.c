/* Calls to vmlinux, to the module "mymod", to an exported function, and
   a string literal (a relocation against a local section).  */
#include "module.h"

extern int cpu_show (void);
extern int mymod_helper (int);
extern int printk (const char *, ...);

int
patched_mixed (void)
{
  printk ("patched\n");
  return cpu_show () + mymod_helper (1) + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
