/* Object a: means the 'state_show' of vmlinux that
   kernel/power/main.c defines.  */
#include <klp/livepatch.h>

extern int state_show (void);

int
a_func (void)
{
  return state_show () + 1;
}

int (*a_ptr) (void) = state_show;

KLP_MODULE_RELOC_FILE (vmlinux) a_file_relocs[] = {
  KLP_SYMFILE (state_show, "kernel/power/main.c"),
};
