/* A reference to cpu_show from a non-allocated section, which the
   kernel never relocates (apply_relocations skips it).  */
#include "module.h"

extern int cpu_show (void);

__asm__ (".pushsection .klp_test_nonalloc, \"\", @progbits\n\t"
	 ".quad cpu_show\n\t"
	 ".popsection");

int
patched_cpu_show (void)
{
  return cpu_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
