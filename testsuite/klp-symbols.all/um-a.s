# The module unstable-mod.ko of the klp-symbols tests, file 1 of 2: 'dup'
# is an __init function here and an ordinary one in um-b.s, so its
# positions differ while the module loads (late module patching) and
# once it is loaded.
	.file	"drivers/unstable/a.c"
	.section	.init.text, "ax"
	.type	dup, STT_FUNC
dup:
	.zero	16
	.size	dup, 16
	.section	.modinfo, "a"
	.string	"name=unstable_mod"
