# guest-lib.sh: what the e2e tests' guest scripts share (busybox ash).
# lib/e2e.exp's e2e_boot copies it into the guest's /files beside the
# script, which sources it.  Output between the marker lines that
# e2e_boot reads:
#     @@BEGIN STEP
#     (the step's output)
#     @@END STEP rc=N
#
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later

# Run a step: its command's output (stdout and stderr) between markers,
# with its status and the guest's uptime.
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

# Disable the livepatch $1, wait until the kernel has freed it (its
# directory goes), and unload it.
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
