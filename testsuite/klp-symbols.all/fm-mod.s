# The module fake-mod.ko of the klp-symbols tests, file 3 of 3: what
# modpost's fake-mod.mod.c gives a module.
	.file	"fake-mod.mod.c"

	# .modinfo and __versions lose SHF_ALLOC when the module loads:
	# their symbols are left out.
	.section	.modinfo, "a"
	.type	__UNIQUE_ID_name12, STT_OBJECT
__UNIQUE_ID_name12:
	.string	"name=fake_mod"
	.type	__UNIQUE_ID_license13, STT_OBJECT
__UNIQUE_ID_license13:
	.string	"license=GPL"
	.section	__versions, "a"
	.type	____versions, STT_OBJECT
____versions:
	.zero	64
	.size	____versions, 64

	.section	.gnu.linkonce.this_module, "aw"
	.globl	__this_module
	.type	__this_module, STT_OBJECT
__this_module:
	.zero	64
	.size	__this_module, 64
