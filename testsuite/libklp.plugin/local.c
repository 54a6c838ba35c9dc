/* An annotation of a local (static) function: an error.  The compiler
   makes the entry's relocation point into .text.  */
#include <klp/livepatch.h>

static int
state_show (void)
{
  return 1;
}

int
local_func (void)
{
  return state_show ();
}

KLP_MODULE_RELOC (vmlinux) local_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};
