/* An annotation whose position the map contradicts: POS (given with
   -DPOS=...) of state_show, of which vmlinux has two.  */
#include <klp/livepatch.h>
#include "module.h"

extern int state_show (void);

KLP_MODULE_RELOC (vmlinux) my_klp_relocs[] = {
  KLP_SYMPOS (state_show, POS),
};

int
patched_state_show (void)
{
  return state_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
