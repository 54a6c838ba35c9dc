/* A livepatch module of one source file, as kbuild builds it: no first
   'ld -r', so the final link of the .ko is the one that renames the
   annotated state_show (into a temporary copy of single.o) and checks
   the unannotated cpu_show, which only a symbol map resolves.  */
#include <klp/livepatch.h>
#include "module.h"

extern int state_show (void);
extern int cpu_show (void);

KLP_MODULE_RELOC (vmlinux) single_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};

int
init_module (void)
{
  return state_show () + cpu_show ();
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
