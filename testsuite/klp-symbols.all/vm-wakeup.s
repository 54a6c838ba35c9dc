# The miniature vmlinux of the klp-symbols tests, file 3 of 3.
	.file	"drivers/base/power/wakeup_stats.c"

	.text
	# Position 2 of state_show.
	.type	state_show, STT_FUNC
state_show:
	.zero	16
	.size	state_show, 16
	.globl	only_symvers
	.type	only_symvers, STT_FUNC
only_symvers:
	.zero	16
	.size	only_symvers, 16

	.data
	# scripts/kallsyms ignores this name.
	.globl	kallsyms_names
	.type	kallsyms_names, STT_OBJECT
kallsyms_names:
	.zero	8
	.size	kallsyms_names, 8
	# No klp symbol can carry a comma: left out of the map.
	.type	"odd,name", STT_OBJECT
"odd,name":
	.zero	8
	.size	"odd,name", 8
