# guest-test.sh: the e2e tests' script in the guest (busybox ash, run by
# qemu-run as /test.sh in /files, where the modules are).  It loads the
# modules in the order the cases need and prints what each step saw,
# between marker lines that e2e.exp reads:
#     @@BEGIN STEP
#     (the step's output)
#     @@END STEP rc=N
# Nothing here judges: the host does.  The kernel log comes after the
# script (qemu-run --dmesg).  See e2e.exp for the cases.
#
# Copyright (C) 2026 The libklp authors.
# SPDX-License-Identifier: GPL-3.0-or-later

. ./guest-lib.sh

# busybox awk needs ~6 s for the 94,000 lines of /proc/kallsyms under
# TCG, grep and cut a tenth of a second: read the file once, filter it
# with grep, and give awk only what is left.
kallsyms() {
	cat /proc/kallsyms > /tmp/kallsyms
}

# The names of vmlinux's symbols (the lines without a tab, which modules'
# lines have), in /proc/kallsyms order, as a digest: the host compares it
# with the symbol map's vmlinux block.  And a module's names, in order.
vmlinux_names_md5() {
	grep -v '	' /tmp/kallsyms | cut -d ' ' -f 3 | md5sum | cut -d ' ' -f 1
}
module_names() {
	grep "	\[$1\]\$" /tmp/kallsyms | cut -f 1 | cut -d ' ' -f 3
}

# For every klp symbol of a loaded livepatch module, which same-named
# symbol of its object the kernel resolved it to: the klp symbol's value
# in /proc/kallsyms is the address of that symbol.  One line each:
#     MODULE KLPSYM found=K count=C
# K is the position (1-based, in kallsyms order) of the symbol at that
# address among the C symbols of that name in that object (K=0: none).
klp_symbols() {
	grep ' \.klp\.sym\.' /tmp/kallsyms > /tmp/klpsyms
	sed -e 's/^.* \.klp\.sym\.[^.]*\.//' -e 's/,[0-9]*	.*$//' \
		/tmp/klpsyms | sort -u > /tmp/klpnames
	grep -F -f /tmp/klpnames /tmp/kallsyms > /tmp/klpcands
	awk '
	NR == FNR {
		s = $3
		sub(/^\.klp\.sym\./, "", s)
		obj = s; sub(/\..*$/, "", obj)
		name = substr(s, length(obj) + 2); sub(/,[0-9]+$/, "", name)
		n++
		kmod[n] = $4; ksym[n] = $3; kaddr[n] = $1
		kobj[n] = obj; kname[n] = name
		want[(obj == "vmlinux" ? "" : "[" obj "]") SUBSEP name] = 1
		next
	}
	{
		o = (NF == 3) ? "" : $4
		if (!((o SUBSEP $3) in want))
			next
		c = ++count[o, $3]
		addr[o, $3, c] = $1
	}
	END {
		for (i = 1; i <= n; i++) {
			o = (kobj[i] == "vmlinux") ? "" : "[" kobj[i] "]"
			found = 0
			for (j = 1; j <= count[o, kname[i]]; j++)
				if (addr[o, kname[i], j] == kaddr[i])
					found = j
			printf "%s %s found=%d count=%d\n", kmod[i], ksym[i],
			       found, count[o, kname[i]] + 0
		}
	}' /tmp/klpsyms /tmp/klpcands
}

# Case 5: the example built without the plugin must not load (and must
# not crash the kernel).
step noplugin-insmod insmod klp-e2e-noplugin.ko

# Case 1: the seed case, the bundled example.
step seed-insmod insmod klp-example.ko
step seed-transition settle klp_example
step seed-enabled cat /sys/kernel/livepatch/klp_example/enabled
step seed-cmdline cat /proc/cmdline

# Case 2: unique names, no annotation; an ordinary module built beside.
step core-pattern sh -c 'echo klp-e2e-core > /proc/sys/kernel/core_pattern'
step unique-insmod insmod klp_e2e_unique.ko
step unique-transition settle klp_e2e_unique
step unique-enabled cat /sys/kernel/livepatch/klp_e2e_unique/enabled
step unique-version cat /proc/version
step plain-insmod insmod klp_e2e_plain.ko

# Cases 3 and 4: the livepatch of a module, loaded before the module
# (late module patching), then again after it.
step modpatch-insmod-before insmod klp_e2e_modpatch.ko
step modpatch-transition-before settle klp_e2e_modpatch
step target-insmod insmod klp_e2e_target.ko
step target-show-late cat /proc/klp_e2e_target
step modpatch-enabled cat /sys/kernel/livepatch/klp_e2e_modpatch/enabled
step modpatch-unload disable_and_unload klp_e2e_modpatch
step target-show-unpatched cat /proc/klp_e2e_target
step modpatch-insmod-after insmod klp_e2e_modpatch.ko
step modpatch-transition-after settle klp_e2e_modpatch
step target-show-after cat /proc/klp_e2e_target

# Case 6: positions.
step kallsyms kallsyms
step klp-symbols klp_symbols
step vmlinux-names vmlinux_names_md5
step target-names module_names klp_e2e_target

# Case 7: the target module unloaded and loaded again, three times, while
# the livepatch is applied.  A line in the kernel log marks each round.
for i in 1 2 3; do
	echo "klp-e2e-guest: reload $i" > /dev/kmsg
	step "target-rmmod-$i" rmmod klp_e2e_target
	step "target-insmod-$i" insmod klp_e2e_target.ko
	step "target-show-$i" cat /proc/klp_e2e_target
done
echo "klp-e2e-guest: reloads done" > /dev/kmsg

exit 0
