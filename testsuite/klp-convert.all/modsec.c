/* A module that some other tool already converted: the call goes
   through the klp symbol ".klp.sym.vmlinux.cpu_show,0".  The tests
   rename .rela.text to .klp.rela.<obj>..text, give it the klp flags and
   mark the symbol SHN_LIVEPATCH (see the #edit: lines).  */
#include "module.h"

extern int target (void) __asm__ ("\".klp.sym.vmlinux.cpu_show,0\"");

int
patched (void)
{
  return target () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
