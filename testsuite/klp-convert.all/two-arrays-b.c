/* The second object: its array is aligned to 16 bytes, so ld -r puts it
   at offset 16 of .klp.module_relocs.vmlinux, after 4 bytes of padding
   that follow the first object's 12-byte entry.  */
#include <klp/livepatch.h>

extern int dup_sym (void);

KLP_MODULE_RELOC (vmlinux) relocs_b[] __attribute__ ((__aligned__ (16))) = {
  KLP_SYMPOS (dup_sym, 1),
};

int
patched_dup_sym (void)
{
  return dup_sym () + 2;
}
