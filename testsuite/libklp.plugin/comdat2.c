/* Another object with the same COMDAT group: ld keeps one copy.  */
__asm__ (".section .text.shared_fn,\"axG\",@progbits,shared_fn,comdat\n"
	 ".globl shared_fn\n"
	 ".type shared_fn, @function\n"
	 "shared_fn:\n"
	 "\tret\n"
	 ".size shared_fn, .-shared_fn\n"
	 ".previous\n");

extern void shared_fn (void);

int
comdat2_func (void)
{
  shared_fn ();
  return 2;
}
