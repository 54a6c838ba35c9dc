/* A reference to SYMBOL from the special section SECTION (both given
   with -D), as alternatives, paravirt patch sites and static keys make
   them.  The kernel processes these sections when the livepatch module
   loads, before any module-specific klp relocation can be applied.  */
#include "module.h"

#define KLP_STR_(x) #x
#define KLP_STR(x) KLP_STR_ (x)

__asm__ (".pushsection " KLP_STR (SECTION) ", \"aw\"\n\t"
	 ".long " KLP_STR (SYMBOL) " - .\n\t"
	 ".popsection");

int
patched (void)
{
  return 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
