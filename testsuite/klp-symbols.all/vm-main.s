# The miniature vmlinux of the klp-symbols tests, file 1 of 3.  Only
# directives: the same source assembles for every architecture.
	.file	"init/main.c"

	.text
	.globl	start_kernel
	.type	start_kernel, STT_FUNC
start_kernel:
	.zero	16
	.size	start_kernel, 16
	# static state_show: position 1 (vm-wakeup.s's is placed after it,
	# vm-power.s's last).
	.type	state_show, STT_FUNC
state_show:
	.zero	16
	.size	state_show, 16

	.section	.init.text, "ax"
	.globl	early_init
	.type	early_init, STT_FUNC
early_init:
	.zero	16
	.size	early_init, 16

	.section	.rodata, "a"
	.globl	linux_banner
	.type	linux_banner, STT_OBJECT
linux_banner:
	.zero	8
	.size	linux_banner, 8

	.data
	.type	counter, STT_OBJECT
counter:
	.zero	8
	.size	counter, 8
	# A weak reference to a symbol defined nowhere: left out.
	.weak	printk_deferred
	.quad	printk_deferred

	# EXPORT_SYMBOL(start_kernel), as include/linux/export.h makes it.
	.section	"___ksymtab+start_kernel", "a"
__ksymtab_start_kernel:
	.long	0, 0, 0
	.section	__ksymtab_strings, "a"
__kstrtab_start_kernel:
	.string	"start_kernel"
	.globl	__crc_start_kernel
	.set	__crc_start_kernel, 0x1234abcd
