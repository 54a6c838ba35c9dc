# The miniature vmlinux of the klp-symbols tests, file 2 of 3.
	.file	"kernel/power/main.c"

	# The first code (the linker script puts .text.early first), so
	# ld lists this file's local symbols first in vmlinux's symbol table.
	.section	.text.early, "ax"
	.type	pm_early, STT_FUNC
pm_early:
	.zero	16
	.size	pm_early, 16

	# Placed after every .text by the linker script: position 3 of
	# state_show, although it is the first in the symbol table.
	.section	.text.late, "ax"
	.type	state_show, STT_FUNC
state_show:
	.zero	16
	.size	state_show, 16

	.text
	# EXPORT_SYMBOL_GPL, and three more names at its address: kallsyms
	# puts fewer leading underscores first, weak symbols last.
	.globl	pm_notify
	.type	pm_notify, STT_FUNC
	.globl	__pm_notify
	.type	__pm_notify, STT_FUNC
	.globl	_pm_notify
	.type	_pm_notify, STT_FUNC
	.weak	pm_notify_weak
	.type	pm_notify_weak, STT_FUNC
__pm_notify:
_pm_notify:
pm_notify_weak:
pm_notify:
	.zero	16
	.size	pm_notify, 16
	.weak	arch_hook
	.type	arch_hook, STT_FUNC
arch_hook:
	.zero	16
	.size	arch_hook, 16

	.data
	# At the linker-provided __start_hooks: kallsyms puts it first.
	.globl	hooks_head
	.type	hooks_head, STT_OBJECT
hooks_head:
	.zero	8
	.size	hooks_head, 8
	.type	counter, STT_OBJECT
counter:
	.zero	8
	.size	counter, 8

	.bss
	.type	pm_buf, STT_OBJECT
pm_buf:
	.zero	32
	.size	pm_buf, 32
	.globl	pm_big_buf
	.type	pm_big_buf, STT_OBJECT
pm_big_buf:
	.zero	64
	.size	pm_big_buf, 64

	.section	"___ksymtab_gpl+pm_notify", "a"
__ksymtab_pm_notify:
	.long	0, 0, 0
	.section	__ksymtab_strings, "a"
__kstrtab_pm_notify:
	.string	"pm_notify"
