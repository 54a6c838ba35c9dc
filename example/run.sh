#!/bin/bash
# The bundled example: link two objects that mean different instances of
# the same kernel symbol with the libklp ld plugin, convert the result
# into a livepatch, and show its klp sections and symbols.
#
# Usage: run.sh BUILDDIR   (the top build directory of libklp)
set -euo pipefail
builddir=$(cd "$1" && pwd)
srcdir=$(cd "$(dirname "$0")" && pwd)
out=$builddir/example.d
mkdir -p "$out"
cd "$out"

plugin=$builddir/plugin/.libs/libklp.so
convert=$builddir/src/klp-convert
cflags="-O2 -g -ffunction-sections -fno-pic -mcmodel=kernel -I$srcdir/../include"

set -x
gcc $cflags -c "$srcdir/a.c" -o a.o
gcc $cflags -c "$srcdir/b.c" -o b.o
ld.bfd -r -plugin "$plugin" -o example.o a.o b.o
"$convert" --verbose --symbols "$srcdir/symbols.klp" example.o example-livepatch.o
set +x
echo
echo "== klp relocation sections of example-livepatch.o"
readelf -SW example-livepatch.o | grep -E '^ +\[ *[0-9]+\] \.klp|Flags|^  W ' || true
echo
echo "== klp relocations"
readelf -rW example-livepatch.o | sed -n '/\.klp\.rela\./,/^$/p'
echo "== klp symbols (Ndx 0xff20 = SHN_LIVEPATCH)"
readelf -sW example-livepatch.o | grep -E 'Num:|\.klp\.sym\.'

# The same seed case as a real kbuild module for Debian's kernel, loaded
# under qemu where it is installed.
"$srcdir/kbuild/run.sh" "$builddir"
