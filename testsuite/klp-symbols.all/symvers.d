# Module.symvers marks exports that the object does not declare.
#symbols: --vmlinux $kernel/vmlinux --symvers $kernel/Module.symvers -o $output
#expect: vmlinux-symvers.map
