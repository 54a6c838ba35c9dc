/* One object gives 'state_show' positions in two objects: an error.  */
#include <klp/livepatch.h>

extern int state_show (void);

int
conflict_objects_func (void)
{
  return state_show ();
}

KLP_MODULE_RELOC (vmlinux) in_vmlinux[] = {
  KLP_SYMPOS (state_show, 1),
};

KLP_MODULE_RELOC (mymod) in_mymod[] = {
  KLP_SYMPOS (state_show, 1),
};
