/* Compiled with -fpic: the variable is reached through the GOT
   (R_X86_64_REX_GOTPCRELX), a relocation type that the kernel's x86_64
   module loader does not apply.  */
#include "module.h"

extern int kernel_data;

int
patched_read (void)
{
  return kernel_data;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
