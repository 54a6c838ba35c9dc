/* An exported symbol of a module, annotated: the livepatch wants a klp
   relocation (late module patching), not a module dependency.  */
#include <klp/livepatch.h>
#include "module.h"

extern int mymod_export (void);

KLP_MODULE_RELOC (mymod) my_klp_relocs[] = {
  KLP_SYMPOS (mymod_export, 0),
};

int
patched_mymod_fn (void)
{
  return mymod_export () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
