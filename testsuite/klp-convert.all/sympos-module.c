/* An annotation for a symbol of the module "mymod".  */
#include <klp/livepatch.h>
#include "module.h"

extern int mymod_helper (int);

KLP_MODULE_RELOC (mymod) my_klp_relocs[] = {
  KLP_SYMPOS (mymod_helper, 1),
};

int
patched_mymod_fn (int x)
{
  return mymod_helper (x) + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
