/* A module whose .modinfo is chosen with -D: MODINFO_LIVEPATCH="Y"
   or "N" adds livepatch=..., MODINFO_NAME="NAME" adds name=NAME (as
   modpost does), NO_MODINFO leaves out .modinfo entirely.  */
#include "module.h"

extern int cpu_show (void);

int
patched_cpu_show (void)
{
  return cpu_show () + 1;
}

#ifndef NO_MODINFO
MODULE_LICENSE ("GPL");
MODULE_INFO (author, "livepatch=Y is not in this string's tag");
# ifdef MODINFO_LIVEPATCH
MODULE_INFO (livepatch, MODINFO_LIVEPATCH);
# endif
# ifdef MODINFO_NAME
MODULE_INFO (name, MODINFO_NAME);
# endif
#endif
