# Per-CPU symbols of vmlinux (between __per_cpu_start and __per_cpu_end,
# linked at 0 as on x86_64) show as 'A' (CONFIG_KALLSYMS_ABSOLUTE_PERCPU,
# guessed from the address 0); 'A' symbols of System.map are left out,
# except the ones scripts/kallsyms keeps (__gp).
#symbols: --system-map $srcdir/percpu.sysmap -o $output
#expect: percpu.map
