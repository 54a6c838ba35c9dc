/* no_such_symbol is in no object of the map.  */
#include "module.h"

extern int no_such_symbol (void);

int
patched_not_found (void)
{
  return no_such_symbol () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
