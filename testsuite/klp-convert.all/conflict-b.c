/* ... and this one the second: after ld -r, one undefined state_show
   carries both annotations.  */
#include <klp/livepatch.h>

extern int state_show (void);

KLP_MODULE_RELOC (vmlinux) relocs_b[] = {
  KLP_SYMPOS (state_show, POS_B),
};

int
patched_b (void)
{
  return state_show () + 2;
}
