# The module fake-mod.ko of the klp-symbols tests, file 2 of 3.
	.file	"drivers/fake/util.c"

	.text
	# static helper: position 2.
	.type	helper, STT_FUNC
helper:
	.zero	16
	.size	helper, 16

	.data
	.type	fm_state, STT_OBJECT
fm_state:
	.zero	8
	.size	fm_state, 8
	# Names no klp symbol can carry: left out of the map.
	.type	"bad,name", STT_OBJECT
"bad,name":
	.zero	8
	.size	"bad,name", 8
	.type	"with space", STT_OBJECT
"with space":
	.zero	8
	.size	"with space", 8
