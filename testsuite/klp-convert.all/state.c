/* A patched function calling state_show, which vmlinux defines twice.  */
#include "module.h"

extern int state_show (void);

int
patched_state_show (void)
{
  return state_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
