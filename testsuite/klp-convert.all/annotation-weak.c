/* A weak undefined symbol, annotated: the author wants a klp relocation.
   Its binding must stay weak.  */
#include <klp/livepatch.h>
#include "module.h"

extern int optional_hook (void) __attribute__ ((__weak__));

KLP_MODULE_RELOC (vmlinux) my_klp_relocs[] = {
  KLP_SYMPOS (optional_hook, 1),
};

int
patched_hook (void)
{
  return optional_hook () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
