/* An annotated symbol whose ELF name contains a comma, which ends the
   name in the kernel's parsing of ".klp.sym.<obj>.<name>,<pos>".  The
   name is quoted for the assembler.  */
#include <klp/livepatch.h>
#include "module.h"

extern int weird (void) __asm__ ("\"weird,name\"");

KLP_MODULE_RELOC (vmlinux) my_klp_relocs[] = {
  KLP_SYMPOS (weird, 1),
};

int
patched (void)
{
  return weird () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
