/* Compiled with -Os for ppc64le: GCC saves and restores the nonvolatile
   registers of a function that keeps values across calls with the
   ABI's out-of-line routines (_savegpr0_N, _restgpr0_N), which the
   final link of a module gets from ld (--save-restore-funcs).  */
#include "module.h"

extern int cpu_show (void);

int
klp_saverestore (int a, int b, int c, int d)
{
  int x = cpu_show ();
  int y = cpu_show ();
  int z = cpu_show ();
  return a * x + b * y + c * z + d * (x ^ y ^ z) + a * b * c * d;
}
