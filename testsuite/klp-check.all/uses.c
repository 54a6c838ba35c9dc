/* A module that calls the functions USE1 and USE2 (given with -D; by
   default printk twice), without annotations: for the checks of
   undefined symbols.  With -DCOMMON it also has a common symbol, with
   -DWEAK a weak undefined one; with -DMODINFO_NAME="NAME", the modinfo
   name=NAME that modpost writes.  */
#include "module.h"

#ifndef USE1
# define USE1 printk
#endif
#ifndef USE2
# define USE2 printk
#endif

extern int USE1 (void);
extern int USE2 (void);
#ifdef WEAK
extern int optional_hook (void) __attribute__ ((__weak__));
#endif
#ifdef COMMON
int common_counter;
#endif

int
patched (void)
{
  return USE1 () + USE2 ()
#ifdef WEAK
	 + (optional_hook ? optional_hook () : 0)
#endif
#ifdef COMMON
	 + common_counter
#endif
	 ;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
#ifdef MODINFO_NAME
MODULE_INFO (name, MODINFO_NAME);
#endif
