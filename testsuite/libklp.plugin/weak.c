/* A weak undefined annotated symbol, and a strong one.  */
#include <klp/livepatch.h>

extern int state_show (void);
extern int optional_hook (void) __attribute__ ((weak));

int
weak_func (void)
{
  return state_show () + (optional_hook ? optional_hook () : 0);
}

KLP_MODULE_RELOC (vmlinux) weak_relocs[] = {
  KLP_SYMPOS (state_show, 3),
  KLP_SYMPOS (optional_hook, 1),
};
