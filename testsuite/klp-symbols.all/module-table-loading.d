# --module-table=loading: the whole symbol table, as the kernel counts
# while a module loads (late module patching): also .init, .modinfo,
# __versions and file symbols, and symbols of sections that are not
# allocated.
#arch: x86_64 s390x
#symbols: --modules-dir $kernel --module-table=loading -o $output
#expect: loading.map
