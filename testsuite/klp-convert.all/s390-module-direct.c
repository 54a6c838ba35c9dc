/* s390x, compiled with -fPIC as the kernel builds modules: the address
   of a module's variable is loaded from its GOT entry (lgrl,
   R_390_GOTENT), a module's function is called through its PLT entry
   (brasl, R_390_PLT32DBL), and so is vmlinux's data reached.  */
#include "module.h"

extern int mymod_data;
extern int mymod_helper (int);
extern int kernel_data;

int
patched_mymod_fn (int x)
{
  return mymod_helper (x) + mymod_data + kernel_data;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
