/* An annotated symbol whose name is LEN characters long (511 or 512,
   given with -DLEN=...): the kernel reads at most 511.  */
#include <klp/livepatch.h>
#include "module.h"

#define A7 "aaaaaaa"
#define A8 "aaaaaaaa"
#define A56 A8 A8 A8 A8 A8 A8 A8
#define A64 A8 A8 A8 A8 A8 A8 A8 A8
#define A448 A64 A64 A64 A64 A64 A64 A64
#if LEN == 511
# define NAME A448 A56 A7
#elif LEN == 512
# define NAME A448 A64
#else
# error "LEN must be 511 or 512"
#endif

extern int long_sym (void) __asm__ (NAME);

KLP_MODULE_RELOC (vmlinux) my_klp_relocs[] = {
  KLP_SYMPOS (long_sym, 1),
};

int
patched (void)
{
  return long_sym () + 1;
}

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
