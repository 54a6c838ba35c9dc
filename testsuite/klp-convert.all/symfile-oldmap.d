# The kernel patchset's map format has no source files: no candidate
# matches, and the error says why.
#source: symfile.c
#arch: x86_64
#convert: --symbols $srcdir/$subdir/symbols.klp
#status: 1
#error: ^klp-convert: .*symfile-oldmap\.ko: error: .*no 'state_show' of object 'vmlinux' .*the map gives no source files
#error: ^  vmlinux 1: \? \(\?\)$
