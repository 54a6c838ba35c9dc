/* x86_64: a call whose 32-bit field is relocated (.reloc) against
   cpu_show; its bytes are zero, as RELA relocations leave them.  A test
   converts the module and then writes non-zero bytes there.  */
	.text
	.globl	patched
	.type	patched, @function
patched:
	.byte	0xe8
1:
	.long	0
	.reloc	1b, R_X86_64_PLT32, cpu_show - 4
	ret
	.size	patched, . - patched

	.section .modinfo, "a"
	.string	"license=GPL"
	.string	"livepatch=Y"
	.section .note.GNU-stack, "", @progbits
