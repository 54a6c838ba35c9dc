/* Two calls to one vmlinux function, one to a function of "mymod", and a
   pointer in .data to the vmlinux function: three klp relocation
   sections' worth of groups, for klp-convert --verbose.  */
#include "module.h"

extern int cpu_show (void);
extern int mymod_helper (int);

int (*verbose_ptr) (void) = cpu_show;

int
patched_verbose (int x)
{
  if (x)
    return cpu_show () + 1;
  return cpu_show () + mymod_helper (x);
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
