/* A second object naming state_show by another file: SYMFILE (default
   "wakeup_stats.c", the second state_show of the test maps).  */
#include <klp/livepatch.h>
#include "module.h"

#ifndef SYMFILE
# define SYMFILE "wakeup_stats.c"
#endif

extern int state_show (void);

int
patched_b (void)
{
  return state_show () + 2;
}

KLP_MODULE_RELOC_FILE (vmlinux) file_relocs_b[] = {
  KLP_SYMFILE (state_show, SYMFILE),
};
