/* A patched function calling a function of the module "mymod".  */
#include "module.h"

extern int mymod_helper (int);

int
patched_mymod_fn (int x)
{
  return mymod_helper (x) + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
