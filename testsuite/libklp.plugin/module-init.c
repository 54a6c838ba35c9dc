/* The main object of a module that is not a livepatch.  */
#include "module.h"

int
init_module (void)
{
  return 0;
}

MODULE_LICENSE ("GPL");
