/* The livepatch module's main object: module metadata, a call to a
   non-exported function the symbol map names once (cpu_show), and to an
   exported one (printk).  */
#include "module.h"

extern int cpu_show (void);
extern int printk (const char *, ...);

int
init_module (void)
{
  printk ("patched");
  return cpu_show ();
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
