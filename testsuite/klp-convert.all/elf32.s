# A 32-bit x86 relocatable object (assembled with --32).
	.text
	.globl	patched
patched:
	call	cpu_show
	ret
	.section .modinfo, "a"
	.string	"livepatch=Y"
	.section .note.GNU-stack, "", @progbits
