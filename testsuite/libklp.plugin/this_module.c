/* What modpost generates as foo.mod.c: the module structure in
   .gnu.linkonce.this_module, and module metadata.  */
#include "module.h"

extern int init_module (void);
extern void cleanup_module (void);

struct module_stub
{
  char name[56];
  int (*init) (void);
  void (*exit) (void);
};

struct module_stub __this_module
  __attribute__ ((__section__ (".gnu.linkonce.this_module"))) = {
  "foo", init_module, cleanup_module
};

MODULE_INFO (name, "foo");
