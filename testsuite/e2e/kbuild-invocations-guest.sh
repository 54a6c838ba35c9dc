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

. ./guest-lib.sh

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
