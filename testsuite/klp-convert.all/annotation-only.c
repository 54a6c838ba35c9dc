/* state_show is annotated but no code uses it: once the annotation is
   gone, nothing may be left that the module loader would have to
   resolve.  */
#include <klp/livepatch.h>
#include "module.h"

extern int state_show (void);
extern int cpu_show (void);

KLP_MODULE_RELOC (vmlinux) my_klp_relocs[] = {
  KLP_SYMPOS (state_show, 2),
};

int
patched_cpu_show (void)
{
  return cpu_show () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
