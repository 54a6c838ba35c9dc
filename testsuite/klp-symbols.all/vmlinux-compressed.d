# A compressed vmlinux ELF file (vmlinux.xz) is decompressed as modules
# are.
#requires: xz
#setup: compress xz $kernel/vmlinux vmlinux.xz
#symbols: --vmlinux $tmpdir/vmlinux.xz -o $output
#expect: vmlinux-elf.map
