/* Object b: means the second 'state_show' of vmlinux.  */
#include <klp/livepatch.h>

extern int state_show (void);

int
b_func (void)
{
  return state_show () + 2;
}

int (*b_ptr) (void) = state_show;

KLP_MODULE_RELOC (vmlinux) b_relocs[] = {
  KLP_SYMPOS (state_show, 2),
};
