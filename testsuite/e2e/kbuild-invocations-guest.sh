# kbuild-invocations-guest.sh: the guest script of kbuild-invocations.exp
# (busybox ash, run by qemu-run as /test.sh in /files).  Each directory
# given holds klp_e2e_patchset.ko as one way of running kbuild built it;
# each is loaded, shows /proc/cmdline, and is unloaded, in turn.  Output
# between the marker lines that lib/e2e.exp's e2e_boot reads:
#     @@BEGIN STEP
#     (the step's output)
#     @@END STEP rc=N
# Nothing here judges: the host does.
#
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later

step() {
	name=$1
	shift
	echo "@@BEGIN $name"
	"$@" 2>&1
	rc=$?
	read -r uptime idle < /proc/uptime
	echo "@@END $name rc=$rc t=$uptime"
}

# Wait (up to 10 s) until the livepatch $1 has no transition under way.
settle() {
	i=0
	while [ $i -lt 100 ]; do
		t=$(cat "/sys/kernel/livepatch/$1/transition" 2>/dev/null) || break
		[ "$t" = 0 ] && break
		sleep 0.1
		i=$((i + 1))
	done
	cat "/sys/kernel/livepatch/$1/transition"
}

# Disable the livepatch $1, wait until the kernel has freed it, unload it.
disable_and_unload() {
	echo 0 > "/sys/kernel/livepatch/$1/enabled" || return 1
	i=0
	while [ -d "/sys/kernel/livepatch/$1" ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ -d "/sys/kernel/livepatch/$1" ] && { echo "still in sysfs"; return 1; }
	rmmod "$1"
}

# The livepatch shows core_pattern: give it a value of our own.
step core-pattern sh -c 'echo klp-e2e-ki > /proc/sys/kernel/core_pattern'

for dir in */; do
	b=${dir%/}
	step "$b-insmod" insmod "$b/klp_e2e_patchset.ko"
	step "$b-transition" settle klp_e2e_patchset
	step "$b-cmdline" cat /proc/cmdline
	step "$b-unload" disable_and_unload klp_e2e_patchset
done
exit 0
