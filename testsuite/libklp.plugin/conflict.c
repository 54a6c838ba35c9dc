/* One object gives 'state_show' two positions: an error.  */
#include <klp/livepatch.h>

extern int state_show (void);

int
conflict_func (void)
{
  return state_show ();
}

KLP_MODULE_RELOC (vmlinux) conflict_relocs[] = {
  KLP_SYMPOS (state_show, 1),
  KLP_SYMPOS (state_show, 2),
};
