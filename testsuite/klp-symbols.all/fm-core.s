# The module fake-mod.ko of the klp-symbols tests, file 1 of 3 (with
# fm-util.s and fm-mod.s).  Only directives: the same source assembles
# for every architecture.
	.file	"drivers/fake/core.c"

	.text
	# static helper: position 1 (fm-util.s has the second).
	.type	helper, STT_FUNC
helper:
	.zero	16
	.size	helper, 16
	# EXPORT_SYMBOL: upper case in /proc/kallsyms.
	.globl	fm_export
	.type	fm_export, STT_FUNC
fm_export:
	.zero	16
	.size	fm_export, 16
	# EXPORT_SYMBOL_GPL: lower case (is_exported looks at EXPORT_SYMBOL
	# exports only).
	.globl	fm_gpl
	.type	fm_gpl, STT_FUNC
fm_gpl:
	.zero	16
	.size	fm_gpl, 16
	# Global, not exported: lower case.
	.globl	fm_plain
	.type	fm_plain, STT_FUNC
fm_plain:
	.zero	16
	.size	fm_plain, 16
	.weak	fm_weak
	.type	fm_weak, STT_FUNC
fm_weak:
	.zero	16
	.size	fm_weak, 16
	.weak	fm_weak_data
	.type	fm_weak_data, STT_OBJECT
fm_weak_data:
	.zero	8
	.size	fm_weak_data, 8

	# __init: not in the table once the module is loaded.
	.section	.init.text, "ax"
	.type	fm_init, STT_FUNC
fm_init:
	.zero	16
	.size	fm_init, 16
	.globl	init_module
	.type	init_module, STT_FUNC
init_module:
	.zero	16
	.size	init_module, 16

	# __exit: kept (CONFIG_MODULE_UNLOAD).
	.section	.exit.text, "ax"
	.type	fm_exit, STT_FUNC
fm_exit:
	.zero	16
	.size	fm_exit, 16

	.data
	.type	fm_state, STT_OBJECT
fm_state:
	.zero	8
	.size	fm_state, 8
	# An undefined symbol (resolved at load time): left out.
	.quad	printk

	.section	.rodata, "a"
	.type	fm_table, STT_OBJECT
fm_table:
	.zero	8
	.size	fm_table, 8

	.bss
	.type	fm_buf, STT_OBJECT
fm_buf:
	.zero	32
	.size	fm_buf, 32

	# DEFINE_PER_CPU: type 'a'.
	.section	.data..percpu, "aw"
	.globl	fm_pcpu
	.type	fm_pcpu, STT_OBJECT
fm_pcpu:
	.zero	8
	.size	fm_pcpu, 8

	# A section that is not allocated: left out.
	.section	fm_notes, ""
fm_note:
	.long	1

	.section	"___ksymtab+fm_export", "a"
__ksymtab_fm_export:
	.long	0, 0, 0
	.section	"___ksymtab_gpl+fm_gpl", "a"
__ksymtab_fm_gpl:
	.long	0, 0, 0
