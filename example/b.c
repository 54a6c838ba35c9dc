/* Example livepatch, second object: uses the SECOND 'state_show' of
   vmlinux.  Without the libklp ld plugin, 'ld -r' would merge this
   object's 'state_show' with a.c's and lose the positions.  */
#include <klp/livepatch.h>

extern int state_show (void);

KLP_MODULE_RELOC (vmlinux) b_relocs[] = {
  KLP_SYMPOS (state_show, 2),
};

int (*patched_b_ptr) (void) = state_show;

int
patched_b (void)
{
  return state_show ();
}
