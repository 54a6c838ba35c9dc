/* A second object of the module: it means the first state_show.  */
#include <klp/livepatch.h>

extern int state_show (void);

KLP_MODULE_RELOC (vmlinux) part_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};

int
part (void)
{
  return state_show () + 2;
}
