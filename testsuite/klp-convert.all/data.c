/* Pointers in .data to a non-exported vmlinux variable and function.
   One array, so that their order is fixed, placed in .data explicitly
   (ppc64le would choose .data.rel).  */
#include "module.h"

extern int kernel_data;
extern int cpu_show (void);

void *data_ptrs[] __attribute__ ((__section__ (".data"))) = {
  &kernel_data,
  cpu_show,
};

MODULE_LICENSE ("GPL");
MODULE_INFO (livepatch, "Y");
