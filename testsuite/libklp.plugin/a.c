/* Object a: means the first 'state_show' of vmlinux.  */
#include <klp/livepatch.h>

extern int state_show (void);

int
a_func (void)
{
  return state_show () + 1;
}

int (*a_ptr) (void) = state_show;

KLP_MODULE_RELOC (vmlinux) a_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};
