/* Calls dash_fn, which only the module "my-mod" defines in
   symbols-dash.klp.  */
#include "module.h"

extern int dash_fn (void);

int
patched_dash (void)
{
  return dash_fn () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
