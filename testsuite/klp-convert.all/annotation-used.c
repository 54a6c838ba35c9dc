/* Code that uses the annotation array itself: once the array is gone,
   that relocation would have nothing to refer to.  */
#include <klp/livepatch.h>
#include "module.h"

extern int state_show (void);

KLP_MODULE_RELOC (vmlinux) my_klp_relocs[] = {
  KLP_SYMPOS (state_show, 2),
};

void *
patched_state_show (void)
{
  state_show ();
  return my_klp_relocs;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
