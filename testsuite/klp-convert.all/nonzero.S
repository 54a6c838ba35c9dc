/* x86_64: a call whose 32-bit field holds 0x01020304 (with NONZERO) or 0
   instead of the zero that RELA relocations leave: the kernel refuses
   to apply a relocation onto non-zero bytes ("Invalid relocation target,
   existing value is nonzero").  The .reloc directive relocates the field
   without changing its bytes.  */
	.text
	.globl	patched
	.type	patched, @function
patched:
	.byte	0xe8
1:
#ifdef NONZERO
	.long	0x01020304
#else
	.long	0
#endif
	.reloc	1b, R_X86_64_PLT32, cpu_show - 4
	ret
	.size	patched, . - patched

	.section .modinfo, "a"
	.string	"license=GPL"
	.string	"livepatch=Y"
	.section .note.GNU-stack, "", @progbits
