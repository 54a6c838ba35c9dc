/* The first of two objects linked with ld -r, each with its own
   annotation array for vmlinux.  */
#include <klp/livepatch.h>
#include "module.h"

extern int state_show (void);

KLP_MODULE_RELOC (vmlinux) relocs_a[] = {
  KLP_SYMPOS (state_show, 2),
};

int
patched_state_show (void)
{
  return state_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
