# The module other-mod.ko of the klp-symbols tests (object other_mod).
	.file	"drivers/other/other.c"
	.text
	.type	helper, STT_FUNC
helper:
	.zero	16
	.size	helper, 16
	.globl	other_fn
	.type	other_fn, STT_FUNC
other_fn:
	.zero	16
	.size	other_fn, 16
	.section	.modinfo, "a"
	.string	"license=GPL"
	.string	"name=other_mod"
