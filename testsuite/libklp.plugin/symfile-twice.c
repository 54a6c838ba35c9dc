/* One object gives state_show a position and a file: the plugin, which
   has no symbol map, cannot tell whether they agree.  */
#include <klp/livepatch.h>

extern int state_show (void);

int
f (void)
{
  return state_show ();
}

KLP_MODULE_RELOC (vmlinux) pos_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};

KLP_MODULE_RELOC_FILE (vmlinux) file_relocs[] = {
  KLP_SYMFILE (state_show, "kernel/power/main.c"),
};
