# Two objects name state_show by different files; after a plain ld -r
# (no plugin) they share one undefined symbol, which cannot be both: an
# error naming both files that points at the libklp ld plugin.
#source: symfile.c
#source: symfile-b.c
#ld: -r
#arch: x86_64 s390x
#convert: --symbols $srcdir/$subdir/symbols.map
#status: 1
#stderr-lines: 1
#error: ^klp-convert: .*symfile-conflict\.ko: error: conflicting KLP_SYMFILE annotations for 'state_show': file 'kernel/power/main\.c' in object 'vmlinux' .* and file 'wakeup_stats\.c' in object 'vmlinux' .*plugin
