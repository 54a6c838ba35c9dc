/* A livepatch module that uses every kind of symbol of the made-up
   target kernel (see klp-check.exp): a unique non-exported vmlinux
   function, the second of two same-named ones (annotated), an export, a
   module's unique function and the second of a module's two dup_sym
   (annotated).  With -DNO_LIVEPATCH_MODINFO it lacks livepatch=Y.  */
#include <klp/livepatch.h>
#include "module.h"

extern int cpu_show (void);
extern int state_show (void);
extern int printk (const char *, ...);
extern int mymod_helper (void);
extern int dup_sym (void);

KLP_MODULE_RELOC (vmlinux) vmlinux_relocs[] = {
  KLP_SYMPOS (state_show, 2),
};

KLP_MODULE_RELOC (mymod) mymod_relocs[] = {
  KLP_SYMPOS (dup_sym, 2),
};

int
patched (void)
{
  return cpu_show () + state_show () + printk ("patched")
	 + mymod_helper () + dup_sym ();
}

MODULE_LICENSE ("GPL");
#ifndef NO_LIVEPATCH_MODINFO
MODULE_INFO (livepatch, "Y");
#endif
