/* Weak undefined symbols are optional: the module loader resolves them,
   to 0 if nobody exports them.  optional_hook is in the map, weak_unknown
   is not.  */
#include "module.h"

extern int optional_hook (void) __attribute__ ((__weak__));
extern int weak_unknown (void) __attribute__ ((__weak__));
extern int cpu_show (void);

int
patched_weak (void)
{
  int r = cpu_show ();
  if (optional_hook)
    r += optional_hook ();
  if (weak_unknown)
    r += weak_unknown ();
  return r;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
