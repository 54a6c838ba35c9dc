/* Object b: means the 'state_show' of vmlinux that wakeup_stats.c
   defines (named by the last component of its path).  */
#include <klp/livepatch.h>

extern int state_show (void);

int
b_func (void)
{
  return state_show () + 2;
}

int (*b_ptr) (void) = state_show;

KLP_MODULE_RELOC_FILE (vmlinux) b_file_relocs[] = {
  KLP_SYMFILE (state_show, "wakeup_stats.c"),
};
