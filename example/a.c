/* Example livepatch, first object: uses the FIRST 'state_show' of
   vmlinux.  Built with the kernel's flags in real use; here with plain gcc
   so that the example needs no kernel tree.  */
#include <klp/livepatch.h>

extern int state_show (void);	/* Not exported; three in vmlinux.  */
extern int saved_value;		/* Not exported; unique in vmlinux.  */

KLP_MODULE_RELOC (vmlinux) a_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};

int
patched_a (void)
{
  return state_show () + saved_value;
}

static const char modinfo[] __attribute__ ((used, section (".modinfo"))) =
  "livepatch=Y";
