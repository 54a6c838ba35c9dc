# The module unstable-mod.ko of the klp-symbols tests, file 2 of 2.
	.file	"drivers/unstable/b.c"
	.text
	.type	dup, STT_FUNC
dup:
	.zero	16
	.size	dup, 16
