/* A module without undefined symbols, for building executables, shared
   objects and 32-bit objects.  */
#include "module.h"

int
patched (void)
{
  return 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
