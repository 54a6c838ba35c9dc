/* KLP_SYMFILE (<klp/livepatch.h>): the symbol SYM (default state_show)
   of object OBJ (default vmlinux) that the source file SYMFILE defines
   (default "kernel/power/main.c").  Each is chosen with -D.  */
#include <klp/livepatch.h>
#include "module.h"

#ifndef SYM
# define SYM state_show
#endif
#ifndef OBJ
# define OBJ vmlinux
#endif
#ifndef SYMFILE
# define SYMFILE "kernel/power/main.c"
#endif

extern int SYM (void);

int
patched (void)
{
  return SYM () + 1;
}

KLP_MODULE_RELOC_FILE (OBJ) file_relocs[] = {
  KLP_SYMFILE (SYM, SYMFILE),
};

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
