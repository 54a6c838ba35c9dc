/* Annotates state_show of vmlinux and calls it; annotation-defined-b.c,
   linked with it by ld -r without the plugin, defines its own
   state_show, which the call then reaches.  */
#include "module.h"
#include <klp/livepatch.h>

extern int state_show (void);

KLP_MODULE_RELOC (vmlinux) defined_relocs[] = {
  KLP_SYMPOS (state_show, 2),
};

int
patched_a (void)
{
  return state_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
