/* An annotation for the object OBJ (given with -DOBJ=...).  */
#include <klp/livepatch.h>
#include "module.h"

extern int state_show (void);

KLP_MODULE_RELOC (OBJ) my_klp_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};

int
patched_state_show (void)
{
  return state_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
