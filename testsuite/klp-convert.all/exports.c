/* Calls to exported functions (printk is exported according to the map,
   exported_fn according to Module.symvers) and to a non-exported one.  */
#include "module.h"

extern int printk (const char *, ...);
extern int exported_fn (void);
extern int cpu_show (void);

int
patched_exports (void)
{
  printk ("patched\n");
  return exported_fn () + cpu_show ();
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
