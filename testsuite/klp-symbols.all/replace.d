# An existing map is replaced.
#setup: write out.map "old\n"
#symbols: --modules-dir $kernel -o $output
#expect: modules.map
