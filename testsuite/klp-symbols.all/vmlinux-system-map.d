# vmlinux from its System.map: the same map as from the ELF file, less
# the source files, which System.map does not know.
#arch: x86_64 s390x
#symbols: --system-map $kernel/System.map -o $output
#expect: vmlinux-sysmap.map
