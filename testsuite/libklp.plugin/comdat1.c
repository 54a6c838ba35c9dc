/* An annotated object with a COMDAT group 'shared_fn' (as C++ inline
   functions or the kernel's thunks make them).  */
#include <klp/livepatch.h>

__asm__ (".section .text.shared_fn,\"axG\",@progbits,shared_fn,comdat\n"
	 ".globl shared_fn\n"
	 ".type shared_fn, @function\n"
	 "shared_fn:\n"
	 "\tret\n"
	 ".size shared_fn, .-shared_fn\n"
	 ".previous\n");

extern int state_show (void);
extern void shared_fn (void);

int
comdat1_func (void)
{
  shared_fn ();
  return state_show ();
}

KLP_MODULE_RELOC (vmlinux) comdat1_relocs[] = {
  KLP_SYMPOS (state_show, 1),
};
