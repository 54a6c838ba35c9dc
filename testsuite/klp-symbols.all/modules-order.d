# The modules that modules.order lists, relative to its directory.
#arch: x86_64 s390x
#symbols: --modules-order $kernel/modules.order -o $output
#expect: modules.map
