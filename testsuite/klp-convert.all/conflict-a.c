/* This object means the first state_show...  */
#include <klp/livepatch.h>
#include "module.h"

extern int state_show (void);

KLP_MODULE_RELOC (vmlinux) relocs_a[] = {
  KLP_SYMPOS (state_show, 1),
};

int
patched_a (void)
{
  return state_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
