# The module no-name.ko of the klp-symbols tests: no modinfo name=, so
# the object's name comes from the file's (no_name).
	.file	"drivers/noname.c"
	.text
	.globl	noname_fn
	.type	noname_fn, STT_FUNC
noname_fn:
	.zero	16
	.size	noname_fn, 16
	.section	.modinfo, "a"
	.string	"license=GPL"
