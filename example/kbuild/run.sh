#!/bin/bash
# The bundled example, built the way livepatch authors build modules:
# with kbuild, for Debian's kernel, the libklp plugin enabled by one line
# of the module's Makefile.  Then, where qemu is installed, the module is
# loaded in that kernel (testsuite/e2e/qemu-run) and its effect shown,
# and klp-check resolves its klp symbols against the guest's
# /proc/kallsyms (made a symbol map by klp-symbols).
#
# Usage: run.sh BUILDDIR   (the top build directory of libklp)
#
# Needs the Debian packages linux-headers-amd64 (to build) and
# linux-image-amd64, qemu-system-x86, busybox-static, cpio (to run); what
# is missing is skipped with a message, not an error.
#
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

builddir=$(cd "$1" && pwd)
srcdir=$(cd "$(dirname "$0")" && pwd)
qemu_run=$srcdir/../../testsuite/e2e/qemu-run
out=$builddir/example.d/kbuild

say() { printf '\n== %s\n' "$*"; }

# The kernel: Debian's, with its headers (the host's own kernel may be
# anything, so no /lib/modules/$(uname -r)/build).
if ! headers=$("$qemu_run" --print-headers 2>/dev/null); then
	say "kbuild example skipped: no Debian kernel with its headers" \
	    "(apt-get install linux-image-amd64 linux-headers-amd64)"
	exit 0
fi

rm -rf "$out"
mkdir -p "$out"
cp "$srcdir"/Makefile "$srcdir"/*.[ch] "$out"/

say "build klp-example.ko with kbuild for $(basename "$headers")"
echo "   (the module's Makefile: include \$(shell pkg-config --variable=kbuildmk libklp))"
# libklp-uninstalled.pc: pkg-config names the build tree's files.
export PKG_CONFIG_PATH=$builddir/kbuild${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
make -C "$out" KDIR="$headers"

ko=$out/klp-example.ko
say "klp relocation section (flags 0x00100000 = SHF_RELA_LIVEPATCH)"
readelf -SW -t "$ko" | grep -A2 '\] \.klp\.rela\.'
say "klp relocations: a.o and b.o each have their own __param_str_debug"
readelf -rW "$ko" | sed -n '/\.klp\.rela\./,/^$/p'
say "klp symbols (Ndx OS [0xff20] = SHN_LIVEPATCH)"
readelf -sW "$ko" | grep -E 'Ndx|\.klp\.sym\.'

# Run it.
script=$out/guest.sh
cat > "$script" <<'EOF'
echo "# cat /proc/cmdline"
cat /proc/cmdline
echo "# insmod klp-example.ko"
insmod klp-example.ko || exit 1
echo "# cat /sys/kernel/livepatch/klp_example/enabled"
cat /sys/kernel/livepatch/klp_example/enabled
echo "# cat /proc/cmdline"
cat /proc/cmdline
echo "# dmesg | grep -e klp_example -e livepatch"
dmesg | grep -e klp_example -e livepatch
EOF
say "load it in $(basename "$("$qemu_run" --print-kernel)") under qemu"
set +e
"$qemu_run" --timeout 120 --out "$out/console.log" \
	--dump-file /proc/kallsyms:"$out/kallsyms" "$script" "$ko" \
	> /dev/null 2> "$out/qemu-run.err"
status=$?
set -e
case $status in
0)
	sed -n '/^KLP-E2E-BEGIN$/,/^KLP-E2E-END/{/^KLP-E2E-/d;p}' "$out/console.log"
	echo
	echo "Once the livepatch is enabled, /proc/cmdline shows what its objects"
	echo "a.o and b.o read: each its own instance of '__param_str_debug'."

	# The guest's /proc/kallsyms, copied out after the run, is the
	# target kernel's symbol map as klp-symbols makes it; klp-check
	# resolves the module's klp symbols against it as the kernel did.
	say "klp-check -v: the module against the kernel's symbol map"
	set -x
	"$builddir/src/klp-symbols" --kallsyms "$out/kallsyms" \
		--symvers "$headers/Module.symvers" -o "$out/symbols.klp"
	"$builddir/src/klp-check" --verbose --symbols "$out/symbols.klp" \
		--symvers "$headers/Module.symvers" "$ko"
	{ set +x; } 2> /dev/null
	;;
77)
	echo "skipped: $(cat "$out/qemu-run.err")"
	echo "(apt-get install qemu-system-x86 busybox-static cpio)"
	;;
*)
	cat "$out/console.log" "$out/qemu-run.err" >&2
	echo "run.sh: the example failed in the guest (qemu-run status $status)" >&2
	exit 1
	;;
esac
