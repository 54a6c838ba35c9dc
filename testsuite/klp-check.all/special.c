/* A reference to SYMBOL (a string literal) from the special section
   SECTION (both given with -D), as static keys make them: the kernel
   registers such sections when the livepatch module loads, before it
   applies any module-specific klp relocation.  */
#include "module.h"

#define KLP_STR_(x) #x
#define KLP_STR(x) KLP_STR_ (x)

__asm__ (".pushsection " KLP_STR (SECTION) ", \"aw\"\n\t"
	 ".quad \"" SYMBOL "\"\n\t"
	 ".popsection");

int
patched (void)
{
  return 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
