# The module livepatch-test.ko of the klp-symbols tests: a livepatch
# (modinfo livepatch=Y), left out of maps.
	.file	"livepatch-test.c"
	.text
	.globl	lp_fn
	.type	lp_fn, STT_FUNC
lp_fn:
	.zero	16
	.size	lp_fn, 16
	.section	.modinfo, "a"
	.string	"livepatch=Y"
	.string	"name=livepatch_test"
