/* An annotation of a symbol this object defines: an error.  */
#include <klp/livepatch.h>

int
state_show (void)
{
  return 1;
}

KLP_MODULE_RELOC (vmlinux) defined_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};
