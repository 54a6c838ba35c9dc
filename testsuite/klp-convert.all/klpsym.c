/* An undefined symbol already named like a klp symbol, as the ld plugin
   names them: ".klp.sym.<obj>.<name>,<pos>", still SHN_UNDEF.  SYMNAME,
   a string literal, is given with -DSYMNAME='"..."'; it is quoted for
   the assembler, which would stop an unquoted name at the comma.  */
#include "module.h"

extern int target (void) __asm__ ("\"" SYMNAME "\"");

int
patched (void)
{
  return target () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
