/* A call through a symbol already named like a klp symbol: SYMNAME, a
   string literal given with -DSYMNAME='"..."' (quoted for the assembler,
   which would stop an unquoted name at the comma).  The tests make the
   symbol SHN_LIVEPATCH and the relocation section a klp relocation
   section with #edit: lines, as a tool that converted wrongly would.  */
#include "module.h"

extern int target (void) __asm__ ("\"" SYMNAME "\"");

int
patched (void)
{
  return target () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
