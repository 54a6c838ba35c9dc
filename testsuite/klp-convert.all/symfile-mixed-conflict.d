# Merged without the plugin, KLP_SYMPOS(state_show, 1) and
# KLP_SYMFILE(state_show, "wakeup_stats.c") (position 2) disagree.
#source: conflict-a.c
#source: symfile-b.c
#ld: -r
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*symfile-mixed-conflict\.ko: error: conflicting KLP_SYMPOS and KLP_SYMFILE annotations for 'state_show': position 1 in object 'vmlinux' .* and file 'wakeup_stats\.c' in object 'vmlinux'
